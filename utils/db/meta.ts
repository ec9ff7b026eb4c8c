/** Small key/value facts about this install, kept in the `meta` store. */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { OpsDB, OpsDatabase } from '../db';

/** The meta store of whatever readwrite transaction the caller has open. */
export type MetaStore = IDBPObjectStore<OpsDB, ArrayLike<StoreNames<OpsDB>>, 'meta', 'readwrite'>;

export type CounterName = 'droppedInvalid' | 'prunedForQuota' | 'prunedForRetention';
export interface LastDeliveryError {
  at: string;
  message: string;
  status?: number;
}

export async function readCounter(db: OpsDatabase, name: CounterName): Promise<number> {
  const value = await db.get('meta', name);
  return typeof value === 'number' ? value : 0;
}

/** Adds to a counter inside the caller's transaction, so the count commits with the change it counts. */
export async function bumpCounter(meta: MetaStore, name: CounterName, by: number): Promise<void> {
  const value = await meta.get(name);
  await meta.put((typeof value === 'number' ? value : 0) + by, name);
}

/** Random per-install id; it is also Segment's anonymousId. Created on first need. */
export async function ensureInstallId(db: OpsDatabase, newId: () => string = () => crypto.randomUUID()): Promise<string> {
  const tx = db.transaction('meta', 'readwrite');
  const existing = await tx.store.get('installId');
  if (typeof existing === 'string') return existing;
  const id = newId();
  await tx.store.put(id, 'installId');
  await tx.done;
  return id;
}
