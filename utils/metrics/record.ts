/**
 * trackEvents: validate, stamp, write events + rollups (+ outbox when usage sync is on) in one
 * transaction, and resolve only after it commits: MV3 may kill the worker right after we reply.
 */
import type { OpsDatabase } from '../db';
import { trackBatchInputSchema, trackEventsInputSchema, type StoredEvent, type UsageEvent } from '../schemas/events';
import { parseOrThrow } from '../schemas/parse';
import type { Clock } from './clock';
import { pruneOldestEvents, withQuotaRetry } from './quota';
import { writeEvents, type RollupTouch } from './write-events';

export interface RecordOptions {
  clock: Clock;
  enqueueUsage: boolean;
  touches?: readonly RollupTouch[];
  /** The ids are the sender's (a keyed batch): skip the write when the first one is already stored. */
  idempotent?: boolean;
  /** Test seam: the quota path is exercised by a commit that fails with QuotaExceededError. */
  commit?: (db: OpsDatabase, stamped: StoredEvent[], options: RecordOptions) => Promise<void>;
}

/** Events of a batch get ids derived from the batch id, so a resent batch maps onto the same ids. */
export function stampEvents(events: readonly UsageEvent[], clock: Clock, batchId?: string): StoredEvent[] {
  const ts = clock.now().toISOString();
  return events.map((event, i) => ({ ...event, id: batchId ? `${batchId}:${i}` : clock.newId(), ts }));
}

export async function commitEvents(db: OpsDatabase, stamped: StoredEvent[], options: RecordOptions): Promise<void> {
  const tx = db.transaction(['events', 'rollups', 'outbox'], 'readwrite');
  const stores = { events: tx.objectStore('events'), rollups: tx.objectStore('rollups'), outbox: tx.objectStore('outbox') };
  const nowMs = options.clock.now().getTime();
  const write = async () => {
    // Checked in the same transaction as the writes: a resent batch is already stored whole, or not at all.
    if (options.idempotent && (await stores.events.count(stamped[0]!.id)) > 0) return;
    await writeEvents(stores, stamped, { enqueueUsage: options.enqueueUsage, nowMs, touches: options.touches });
  };
  await Promise.all([write(), tx.done]);
}

/** An array (extension pages) or a keyed batch (content scripts, which resend); anything else is reported as not an array. */
function parseTrackInput(input: unknown): { events: UsageEvent[]; batchId?: string } {
  const keyed = typeof input === 'object' && input !== null && !Array.isArray(input) && 'batchId' in input;
  return keyed ? parseOrThrow(trackBatchInputSchema, input, 'batch') : { events: parseOrThrow(trackEventsInputSchema, input, 'events') };
}

export async function recordEvents(db: OpsDatabase, input: unknown, options: RecordOptions): Promise<{ stored: number }> {
  const { events, batchId } = parseTrackInput(input);
  const stamped = stampEvents(events, options.clock, batchId);
  if (batchId) options = { ...options, idempotent: true };
  const commit = options.commit ?? commitEvents;
  await withQuotaRetry(
    () => commit(db, stamped, options),
    () => pruneOldestEvents(db),
  );
  return { stored: stamped.length };
}
