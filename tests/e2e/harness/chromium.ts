/** Debian's Chromium and the flags the e2e runs need (toolchain.md "Real-browser end-to-end"). */
import { existsSync } from 'node:fs';
import { HOST_RESOLVER_RULES } from '../../fixtures/urls';

export const CHROMIUM_PATH = process.env.POPS_CHROMIUM ?? '/usr/bin/chromium';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium ` +
        '(or point POPS_CHROMIUM at another Chromium binary).',
    );
  }
}

export function chromiumArgs(extensionDir: string | undefined): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=${HOST_RESOLVER_RULES}`,
  ];
}
