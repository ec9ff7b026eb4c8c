import { storage } from '#imports';
import { z } from 'zod/mini';
import { originToPattern } from './origin-pattern';

/** The content script file WXT builds from entrypoints/atlassian.content. */
const CONTENT_SCRIPT = 'content-scripts/atlassian.js';

const originsItem = storage.defineItem<string[]>('local:dcOrigins', { fallback: [] });
const storedOrigins = z.array(z.string());

async function readOrigins(): Promise<string[]> {
  const parsed = storedOrigins.safeParse(await originsItem.getValue());
  return parsed.success ? parsed.data : [];
}

const scriptId = (origin: string) => `pops-dc-${origin.replace(/[^a-z0-9]+/gi, '-')}`;

const hasPermission = (origin: string) => browser.permissions.contains({ origins: [originToPattern(origin)] });

async function register(origin: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [originToPattern(origin)], js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export interface DcOriginStatus {
  origin: string;
  granted: boolean;
}

export async function listDcOrigins(extra: readonly string[] = []): Promise<DcOriginStatus[]> {
  const origins = [...new Set([...(await readOrigins()), ...extra])];
  return Promise.all(origins.map(async (origin) => ({ origin, granted: await hasPermission(origin) })));
}

/** Called after the options page obtained the host permission in a user gesture. */
export async function addDcOrigin(origin: string): Promise<DcOriginStatus> {
  if (!(await hasPermission(origin))) return { origin, granted: false };
  await register(origin);
  const origins = await readOrigins();
  if (!origins.includes(origin)) await originsItem.setValue([...origins, origin]);
  return { origin, granted: true };
}

export async function removeDcOrigin(origin: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [originToPattern(origin)] });
  await originsItem.setValue((await readOrigins()).filter((stored) => stored !== origin));
}

/**
 * Re-registers every granted origin. Registered scripts did not survive a relaunch with --load-extension
 * in testing (toolchain.md), so this runs on startup and install, including policy-listed origins.
 */
export async function syncDcRegistrations(policyOrigins: readonly string[] = []): Promise<void> {
  for (const { origin, granted } of await listDcOrigins(policyOrigins)) {
    if (granted) await register(origin);
  }
}
