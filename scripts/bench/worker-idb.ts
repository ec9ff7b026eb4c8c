/**
 * Plain IndexedDB helpers installed into the extension's service worker (`globalThis.__benchIdb`),
 * for seeding and for the yardstick reads, straight on the background's own database.
 */

export interface BenchIdb {
  /** The background's database; never creates it (a version-1 empty database would break the app's upgrades). */
  open(): Promise<IDBDatabase>;
  read<T>(request: IDBRequest<T>): Promise<T>;
  done(tx: IDBTransaction): Promise<void>;
}

declare global {
  var __benchIdb: BenchIdb;
}

/** Self-contained (it is serialised into the worker): no imports, no outer variables. */
export function installWorkerIdb(): void {
  const read = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('product-ops-kit');
      request.onupgradeneeded = () => request.transaction!.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('the background has not created its database yet'));
    });
  globalThis.__benchIdb = { open, read, done };
}
