/** Reads one object store of the background's IndexedDB, as stored (no app code involved). */
import type { Harness } from './launch';

export function readStore<T = Record<string, unknown>>(harness: Harness, store: string): Promise<T[]> {
  return harness.swEval(
    (name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('product-ops-kit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    store,
  );
}
