/**
 * Writes stamped events, their rollup changes at every grain and (optionally) their outbox copies
 * using the stores of the caller's readwrite transaction, so everything commits or nothing does.
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { OpsDB } from '../db';
import type { StoredEvent } from '../schemas/events';
import type { Rollup } from '../schemas/usage';
import { newOutboxItem } from '../outbox/item';
import { grains, ROLLUP_STORES, type RollupStoreName } from './grains';
import { applyEvent, emptyRollup, scopeOf, type RollupDims, type RollupScope } from './rollup';

type Store<N extends StoreNames<OpsDB>> = IDBPObjectStore<OpsDB, ArrayLike<StoreNames<OpsDB>>, N, 'readwrite'>;
export type EventStores = { events: Store<'events'>; outbox: Store<'outbox'> } & { [N in RollupStoreName]: Store<N> };

/** The stores writeEvents needs, for a transaction's store list. */
export const EVENT_STORES = ['events', 'outbox', ...ROLLUP_STORES] as const;

export function eventStores(tx: IDBPTransaction<OpsDB, ArrayLike<StoreNames<OpsDB>>, 'readwrite'>): EventStores {
  return {
    events: tx.objectStore('events'),
    outbox: tx.objectStore('outbox'),
    rollups: tx.objectStore('rollups'),
    siteDayTotals: tx.objectStore('siteDayTotals'),
    dayTotals: tx.objectStore('dayTotals'),
  };
}

/** A rollup change that has no event of its own (e.g. "checklist started"). */
export interface RollupTouch {
  dims: RollupDims;
  apply(rollup: Rollup): void;
}

export function usageOutboxProperties(event: StoredEvent): Record<string, unknown> {
  const { id: _id, ts: _ts, type: _type, ...properties } = event;
  return properties;
}

/** Applies the touches to their record at every grain: one read and one write per record touched. */
function writeTouches(stores: EventStores, touches: readonly RollupTouch[]): Promise<unknown>[] {
  const groups = new Map<string, { store: Store<'rollups'>; key: string; scoped: RollupScope; touches: RollupTouch[] }>();
  for (const touch of touches) {
    const finest = scopeOf(touch.dims);
    for (const grain of grains) {
      const scoped = grain.scope(finest);
      if (!scoped) continue;
      const key = grain.keyOf(scoped);
      const id = `${grain.store}\n${key}`;
      // Every grain's store holds Rollup values under string keys, so one store type serves them all.
      const group = groups.get(id) ?? { store: stores[grain.store] as Store<'rollups'>, key, scoped, touches: [] };
      group.touches.push(touch);
      groups.set(id, group);
    }
  }
  return [...groups.values()].map(({ store, key, scoped, touches }) =>
    store.get(key).then((existing) => {
      const rollup = existing ?? emptyRollup(scoped, key);
      for (const touch of touches) touch.apply(rollup);
      return store.put(rollup);
    }),
  );
}

export async function writeEvents(
  stores: EventStores,
  stamped: readonly StoredEvent[],
  options: { enqueueUsage: boolean; nowMs: number; touches?: readonly RollupTouch[] },
): Promise<void> {
  const writes: Promise<unknown>[] = [];
  for (const event of stamped) {
    writes.push(stores.events.put(event));
    if (options.enqueueUsage) {
      writes.push(stores.outbox.put(newOutboxItem(event.id, event.type, usageOutboxProperties(event), event.ts, options.nowMs)));
    }
  }
  const touches = [...stamped.map((event): RollupTouch => ({ dims: event, apply: (rollup) => applyEvent(rollup, event) })), ...(options.touches ?? [])];
  writes.push(...writeTouches(stores, touches));
  await Promise.all(writes);
}

/** Rollup changes alone (a corrected score), at every grain, in the caller's transaction. */
export function touchRollups(stores: EventStores, touches: readonly RollupTouch[]): Promise<unknown> {
  return Promise.all(writeTouches(stores, touches));
}
