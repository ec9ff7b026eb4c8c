/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (toolchain.md "Real Firefox
 * end-to-end"), with the Firefox build of the extension installed as a temporary add-on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { REPO_ROOT } from '../harness/extension';

export const FIREFOX_PATH = process.env.POPS_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'product-ops-kit@productopskit.dev';
/** Pinned so extension pages have a known moz-extension:// host (Firefox otherwise picks a random one). */
export const EXTENSION_UUID = '6f3c1a52-3b5e-4d8e-9a1f-0c2d4e6f8a10';

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox ESR not found at ${FIREFOX_PATH}. Install it with: apt-get update && apt-get install -y firefox-esr ` +
        '(or point POPS_FIREFOX at another Firefox binary).',
    );
  }
}

/**
 * The unpacked Firefox build: `POPS_FIREFOX_EXT_DIR`, or a fresh `wxt build -b firefox` into
 * WXT_FIREFOX_OUT_DIR (default .output-e2e-firefox), built at most once per process.
 */
export function firefoxExtensionDir(): string {
  const preset = process.env.POPS_FIREFOX_EXT_DIR;
  if (preset) {
    const dir = path.resolve(REPO_ROOT, preset);
    if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`POPS_FIREFOX_EXT_DIR=${preset} has no manifest.json`);
    return dir;
  }
  const outDir = process.env.WXT_FIREFOX_OUT_DIR ?? '.output-e2e-firefox';
  const started = Date.now();
  const result = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: REPO_ROOT,
    env: { ...process.env, WXT_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`wxt build -b firefox failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  const dir = path.resolve(REPO_ROOT, outDir, 'firefox-mv2');
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`wxt build -b firefox produced no manifest in ${dir}`);
  console.log(`[firefox] built extension into ${path.relative(REPO_ROOT, dir)} in ${Date.now() - started} ms`);
  process.env.POPS_FIREFOX_EXT_DIR = dir;
  return dir;
}

export async function launchFirefox(downloadDir: string): Promise<{ browser: Browser; addonId: string }> {
  assertFirefox();
  const extensionDir = firefoxExtensionDir();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: true,
    // BiDi refuses to navigate a tab to moz-extension:// (popup, options) without system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every host name → loopback: *.atlassian.net and the DC hosts reach the fixture server.
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // permissions.request() (still inside a real click) grants without a doorhanger nobody can answer.
      'extensions.webextOptionalPermissionPrompts': false,
      // <a download> saves straight into downloadDir instead of asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  const addonId = await browser.installExtension(extensionDir);
  if (addonId !== GECKO_ID) throw new Error(`installed add-on id ${addonId}, expected ${GECKO_ID}`);
  return { browser, addonId };
}
