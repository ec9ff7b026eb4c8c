/** Reads the background's IndexedDB as stored, with no app code involved. */
import type { Harness } from './launch';

/**
 * Self-contained so it can run wherever the extension's origin is: the service worker (swEval) or an
 * extension page (page.evaluate), in either browser.
 */
export function readStoreInPage<T = Record<string, unknown>>(store: string): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('product-ops-kit');
    // Before the background has created its database, opening would create an empty version 1, and
    // the background's upgrade would then fail on the missing stores: read nothing instead.
    let absent = false;
    open.onupgradeneeded = () => {
      absent = true;
      open.transaction!.abort();
    };
    open.onerror = () => (absent ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const request = open.result.transaction(store).objectStore(store).getAll();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result as T[]);
      };
    };
  });
}

export function readStore<T = Record<string, unknown>>(harness: Harness, store: string): Promise<T[]> {
  return harness.swEval(readStoreInPage<T>, store);
}
