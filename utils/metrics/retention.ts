/** Raw events older than the retention window go; rollups keep their totals forever. */
import type { OpsDatabase } from '../db';
import { bumpCounter } from '../db/meta';

export const DAY_MS = 24 * 3600 * 1000;

export async function pruneEventsOlderThan(db: OpsDatabase, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const tx = db.transaction(['events', 'meta'], 'readwrite');
  let pruned = 0;
  const range = IDBKeyRange.upperBound(cutoff, true);
  for await (const cursor of tx.objectStore('events').index('by-ts').iterate(range)) {
    await cursor.delete();
    pruned++;
  }
  if (pruned > 0) await bumpCounter(tx.objectStore('meta'), 'prunedForRetention', pruned);
  await tx.done;
  return pruned;
}
