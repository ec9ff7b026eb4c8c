import type { OpsDatabase } from '../db';
import { readCounter, type LastDeliveryError } from '../db/meta';

/** What the options page shows about delivery: queue length, due now, last error, drops. */
export async function getSyncStatus(db: OpsDatabase, nowMs: number, endpointConfigured: boolean) {
  const [queued, due, lastError, lastDeliveredAt, droppedInvalid] = await Promise.all([
    db.count('outbox'),
    db.countFromIndex('outbox', 'by-nextAttemptAt', IDBKeyRange.upperBound(nowMs)),
    db.get('meta', 'lastDeliveryError') as Promise<LastDeliveryError | undefined>,
    db.get('meta', 'lastDeliveredAt') as Promise<string | undefined>,
    readCounter(db, 'droppedInvalid'),
  ]);
  return { endpointConfigured, queued, due, lastError: lastError ?? null, lastDeliveredAt: lastDeliveredAt ?? null, droppedInvalid };
}
