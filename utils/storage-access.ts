/**
 * Content scripts never read extension storage (they ask the background), yet storage.local holds
 * the collector's write key and Chrome opens it to content scripts by default. Keep it to the
 * extension's own pages and worker. Chrome stores the level, and this runs on every start.
 */
export async function restrictStorageToExtension(): Promise<void> {
  try {
    await browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Firefox (and Chrome before per-area levels) cannot restrict the local area; there the only
    // guarantee is that no content-script code reads it.
  }
}
