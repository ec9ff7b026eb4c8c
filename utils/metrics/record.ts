/**
 * trackEvents: validate, stamp, write events + rollups (+ outbox when usage sync is on) in one
 * transaction, and resolve only after it commits: MV3 may kill the worker right after we reply.
 */
import type { OpsDatabase } from '../db';
import { trackEventsInputSchema, type StoredEvent, type UsageEvent } from '../schemas/events';
import { parseOrThrow } from '../schemas/parse';
import type { Clock } from './clock';
import { pruneOldestEvents, withQuotaRetry } from './quota';
import { writeEvents, type RollupTouch } from './write-events';

export interface RecordOptions {
  clock: Clock;
  enqueueUsage: boolean;
  touches?: readonly RollupTouch[];
  /** Test seam: the quota path is exercised by a commit that fails with QuotaExceededError. */
  commit?: (db: OpsDatabase, stamped: StoredEvent[], options: RecordOptions) => Promise<void>;
}

export function stampEvents(events: readonly UsageEvent[], clock: Clock): StoredEvent[] {
  const ts = clock.now().toISOString();
  return events.map((event) => ({ ...event, id: clock.newId(), ts }));
}

export async function commitEvents(db: OpsDatabase, stamped: StoredEvent[], options: RecordOptions): Promise<void> {
  const tx = db.transaction(['events', 'rollups', 'outbox'], 'readwrite');
  const stores = { events: tx.objectStore('events'), rollups: tx.objectStore('rollups'), outbox: tx.objectStore('outbox') };
  const nowMs = options.clock.now().getTime();
  await Promise.all([writeEvents(stores, stamped, { enqueueUsage: options.enqueueUsage, nowMs, touches: options.touches }), tx.done]);
}

export async function recordEvents(db: OpsDatabase, input: unknown, options: RecordOptions): Promise<{ stored: number }> {
  const events = parseOrThrow(trackEventsInputSchema, input, 'events');
  const stamped = stampEvents(events, options.clock);
  const commit = options.commit ?? commitEvents;
  await withQuotaRetry(
    () => commit(db, stamped, options),
    () => pruneOldestEvents(db),
  );
  return { stored: stamped.length };
}
