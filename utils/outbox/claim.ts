/**
 * Claiming marks an attempt *before* sending: the item's next try moves into the future in the
 * same transaction. A worker killed mid-send leaves the item due again later, and the resend
 * carries the same messageId, which the collector de-duplicates.
 */
import type { OpsDatabase } from '../db';
import { nextDelay } from './backoff';
import type { OutboxItem } from './item';

/**
 * `force` ("Send now") also takes items waiting out a backoff, but never a fresh item still held
 * for the popup's undo window (attempts 0, due later).
 */
export async function claimDue(db: OpsDatabase, nowMs: number, limit: number, rand: () => number, force = false): Promise<OutboxItem[]> {
  const tx = db.transaction('outbox', 'readwrite');
  const claimed: OutboxItem[] = [];
  const range = force ? undefined : IDBKeyRange.upperBound(nowMs);
  for await (const cursor of tx.store.index('by-nextAttemptAt').iterate(range)) {
    // Moving an item's nextAttemptAt forward moves it ahead of an unbounded cursor: skip the revisit.
    if (claimed.some((item) => item.id === cursor.value.id)) continue;
    if (cursor.value.nextAttemptAt > nowMs && cursor.value.attempts === 0) continue;
    const attempts = cursor.value.attempts + 1;
    const item = { ...cursor.value, attempts, nextAttemptAt: nowMs + nextDelay(attempts, rand()) };
    await cursor.update(item);
    claimed.push(item);
    if (claimed.length >= limit) break;
  }
  await tx.done;
  return claimed;
}
