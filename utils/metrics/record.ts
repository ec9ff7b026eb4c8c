/**
 * trackEvents: validate, stamp, and write events + rollups (+ outbox when usage sync is on). Messages
 * that arrive together share one transaction (group commit), and each sender is answered only after
 * the transaction holding its events commits: MV3 may kill the worker right after we reply.
 */
import type { OpsDatabase } from '../db';
import { trackBatchInputSchema, trackEventsInputSchema, type StoredEvent, type UsageEvent } from '../schemas/events';
import { parseOrThrow } from '../schemas/parse';
import type { Clock } from './clock';
import { createGroupCommit } from './group-commit';
import { pruneOldestEvents, withQuotaRetry } from './quota';
import { EVENT_STORES, eventStores, writeEvents } from './write-events';

/** One message's events, validated and stamped, waiting for a transaction. */
export interface PendingEvents {
  stamped: StoredEvent[];
  /** The ids are the sender's (a keyed batch): skip it when its first event is already stored. */
  idempotent: boolean;
}

export interface CommitOptions {
  enqueueUsage: boolean;
  nowMs: number;
}

/** Events of a batch get ids derived from the batch id, so a resent batch maps onto the same ids. */
export function stampEvents(events: readonly UsageEvent[], clock: Clock, batchId?: string): StoredEvent[] {
  const ts = clock.now().toISOString();
  return events.map((event, i) => ({ ...event, id: batchId ? `${batchId}:${i}` : clock.newId(), ts }));
}

/** Writes a group of messages' events in one transaction; resolves once it has committed. */
export async function commitEvents(db: OpsDatabase, group: readonly PendingEvents[], options: CommitOptions): Promise<void> {
  const tx = db.transaction(EVENT_STORES, 'readwrite');
  const stores = eventStores(tx);
  const write = async () => {
    // Checked in the same transaction as the writes: a resent batch is already stored whole, or not
    // at all. A batch resent within one group is written once, too.
    const stored = await Promise.all(group.map((p) => (p.idempotent ? stores.events.count(p.stamped[0]!.id) : 0)));
    const seen = new Set<string>();
    const fresh = group.filter((p, i) => {
      const first = p.stamped[0]!.id;
      if (stored[i]! > 0 || seen.has(first)) return false;
      seen.add(first);
      return true;
    });
    await writeEvents(stores, fresh.flatMap((p) => p.stamped), options);
  };
  await Promise.all([write(), tx.done]);
}

/** An array (extension pages) or a keyed batch (content scripts, which resend); anything else is reported as not an array. */
function parseTrackInput(input: unknown): { events: UsageEvent[]; batchId?: string } {
  const keyed = typeof input === 'object' && input !== null && !Array.isArray(input) && 'batchId' in input;
  return keyed ? parseOrThrow(trackBatchInputSchema, input, 'batch') : { events: parseOrThrow(trackEventsInputSchema, input, 'events') };
}

export interface EventRecorderDeps {
  db: () => Promise<OpsDatabase>;
  clock: Clock;
  /** Read once per transaction: whether usage events also go to the collector's outbox. */
  enqueueUsage: () => Promise<boolean>;
  /** Called after a transaction queued usage events for delivery. */
  onEnqueued?: () => void;
  /** Test seam: the quota path is exercised by a commit that fails with QuotaExceededError. */
  commit?: typeof commitEvents;
}

/** The trackEvents handler's core: `record(input)` resolves with the count once the events are committed. */
export function createEventRecorder(deps: EventRecorderDeps): (input: unknown) => Promise<{ stored: number }> {
  const commit = deps.commit ?? commitEvents;
  const enqueue = createGroupCommit<PendingEvents>(async (group) => {
    const db = await deps.db();
    const enqueueUsage = await deps.enqueueUsage();
    const options = { enqueueUsage, nowMs: deps.clock.now().getTime() };
    await withQuotaRetry(
      () => commit(db, group, options),
      () => pruneOldestEvents(db),
    );
    if (enqueueUsage) deps.onEnqueued?.();
  });
  return async (input) => {
    const { events, batchId } = parseTrackInput(input);
    const stamped = stampEvents(events, deps.clock, batchId);
    await enqueue({ stamped, idempotent: batchId !== undefined });
    return { stored: stamped.length };
  };
}
