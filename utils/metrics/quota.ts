/**
 * Running out of quota must never lose what matters: rollups and unsent outbox items stay, the
 * oldest raw events go first (rollups already hold their totals).
 */
import type { OpsDatabase } from '../db';
import { bumpCounter } from '../db/meta';

export function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || isQuotaError(error.cause));
}

/** Runs `write`; on a quota error prunes old raw events and tries again, up to `maxRetries` times. */
export async function withQuotaRetry<T>(
  write: () => Promise<T>,
  prune: () => Promise<number>,
  maxRetries = 3,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isQuotaError(error) || attempt >= maxRetries) throw error;
      if ((await prune()) === 0) throw error;
    }
  }
}

/** Deletes the oldest 10 % of raw events (at least 100) and counts them in meta.prunedForQuota. */
export async function pruneOldestEvents(db: OpsDatabase): Promise<number> {
  const total = await db.count('events');
  const target = Math.min(total, Math.max(100, Math.ceil(total / 10)));
  if (target === 0) return 0;
  const tx = db.transaction(['events', 'meta'], 'readwrite');
  let pruned = 0;
  for await (const cursor of tx.objectStore('events').index('by-ts').iterate()) {
    await cursor.delete();
    if (++pruned >= target) break;
  }
  await bumpCounter(tx.objectStore('meta'), 'prunedForQuota', pruned);
  await tx.done;
  return pruned;
}
