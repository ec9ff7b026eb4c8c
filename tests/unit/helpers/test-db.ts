import { IDBFactory } from 'fake-indexeddb';
import { openOpsDb, type OpsDatabase } from '@/utils/db';
import type { Clock } from '@/utils/metrics/clock';
import { createEventRecorder, type EventRecorderDeps } from '@/utils/metrics/record';

/** A fresh, empty IndexedDB for each test. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export async function openTestDb(): Promise<OpsDatabase> {
  freshIndexedDb();
  return openOpsDb('test-db');
}

/** A clock that stays where it is told and hands out readable sequential ids. */
/** `idBlock` keeps ids of different simulated browsers apart (they are random UUIDs in real life). */
export function testClock(start = '2025-03-10T09:00:00.000Z', idBlock = 0) {
  let now = new Date(start);
  let seq = 0;
  const clock: Clock & { set(iso: string): void; advance(ms: number): void } = {
    now: () => new Date(now),
    newId: () => `00000000-0000-4000-8000-${String(idBlock * 1e6 + ++seq).padStart(12, '0')}`,
    set: (iso) => void (now = new Date(iso)),
    advance: (ms) => void (now = new Date(now.getTime() + ms)),
  };
  return clock;
}

/** The trackEvents core on `db`, as the background wires it; usage sync is off unless `deps` say otherwise. */
export function testRecorder(db: OpsDatabase, clock: Clock, deps: Partial<EventRecorderDeps> = {}) {
  return createEventRecorder({ db: async () => db, clock, enqueueUsage: async () => false, ...deps });
}
