/**
 * Claiming marks an attempt *before* sending: the item's next try moves into the future in the
 * same transaction. A worker killed mid-send leaves the item due again later, and the resend
 * carries the same messageId, which the collector de-duplicates.
 */
import type { OpsDatabase } from '../db';
import { nextDelay } from './backoff';
import type { OutboxItem } from './item';

export async function claimDue(db: OpsDatabase, nowMs: number, limit: number, rand: () => number): Promise<OutboxItem[]> {
  const tx = db.transaction('outbox', 'readwrite');
  const claimed: OutboxItem[] = [];
  for await (const cursor of tx.store.index('by-nextAttemptAt').iterate(IDBKeyRange.upperBound(nowMs))) {
    const attempts = cursor.value.attempts + 1;
    const item = { ...cursor.value, attempts, nextAttemptAt: nowMs + nextDelay(attempts, rand()) };
    await cursor.update(item);
    claimed.push(item);
    if (claimed.length >= limit) break;
  }
  await tx.done;
  return claimed;
}
