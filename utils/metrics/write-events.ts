/**
 * Writes stamped events, their rollup changes and (optionally) their outbox copies using the
 * stores of the caller's readwrite transaction, so everything commits or nothing does.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { OpsDB } from '../db';
import type { StoredEvent } from '../schemas/events';
import type { Rollup } from '../schemas/usage';
import { newOutboxItem } from '../outbox/item';
import { applyEvent, emptyRollup, rollupKeyOf } from './rollup';

type Store<N extends StoreNames<OpsDB>> = IDBPObjectStore<OpsDB, ArrayLike<StoreNames<OpsDB>>, N, 'readwrite'>;
export interface EventStores {
  events: Store<'events'>;
  rollups: Store<'rollups'>;
  outbox: Store<'outbox'>;
}

/** A rollup change that has no event of its own (e.g. "checklist started"). */
export interface RollupTouch {
  dims: Pick<StoredEvent, 'site' | 'project' | 'ts'>;
  apply(rollup: Rollup): void;
}

export function usageOutboxProperties(event: StoredEvent): Record<string, unknown> {
  const { id: _id, ts: _ts, type: _type, ...properties } = event;
  return properties;
}

export async function writeEvents(
  stores: EventStores,
  stamped: readonly StoredEvent[],
  options: { enqueueUsage: boolean; nowMs: number; touches?: readonly RollupTouch[] },
): Promise<void> {
  const writes: Promise<unknown>[] = [];
  const groups = new Map<string, RollupTouch[]>();
  const touch = (t: RollupTouch) => {
    const key = rollupKeyOf(t.dims);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  };
  for (const event of stamped) {
    writes.push(stores.events.put(event));
    if (options.enqueueUsage) {
      writes.push(stores.outbox.put(newOutboxItem(event.id, event.type, usageOutboxProperties(event), event.ts, options.nowMs)));
    }
    touch({ dims: event, apply: (rollup) => applyEvent(rollup, event) });
  }
  for (const t of options.touches ?? []) touch(t);
  for (const [key, touches] of groups) {
    writes.push(
      stores.rollups.get(key).then((existing) => {
        const rollup = existing ?? emptyRollup(touches[0]!.dims);
        for (const t of touches) t.apply(rollup);
        return stores.rollups.put(rollup);
      }),
    );
  }
  await Promise.all(writes);
}
