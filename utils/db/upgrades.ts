/**
 * Ordered upgrade steps: step i upgrades version i to i+1. Never edit a shipped step; append one.
 * The migration test (tests/unit/db-migration.test.ts) opens stored v1 and v2 databases with this code.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { atEveryGrain, coarseGrains, type RollupStoreName } from '../metrics/grains';
import { putImportContent } from '../metrics/import-content';
import { applyEvent, emptyRollup, rollupKeyOf, scopeOf } from '../metrics/rollup';
import type { StoredEvent } from '../schemas/events';
import type { Rollup } from '../schemas/usage';

// Untyped on purpose: each step sees the schema as it was at its version (OpsDB is only the newest).
type UpgradeDb = IDBPDatabase;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
/** A step that backfills returns its cursor chain; the next step starts once it has finished. */
type Step = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

/** v1 (0.1.x): raw events, ratings and install metadata only. */
const toV1: Step = (db) => {
  const events = db.createObjectStore('events', { keyPath: 'id' });
  events.createIndex('by-ts', 'ts');
  db.createObjectStore('feedback', { keyPath: 'id' });
  db.createObjectStore('meta');
};

/** v2: daily rollups (backfilled from the v1 log), outbox, checklist ticks, imports, richer indexes. */
const toV2: Step = (db, tx) => {
  const events = tx.objectStore('events');
  events.createIndex('by-type', 'type');
  events.createIndex('by-type-ts', ['type', 'ts']);
  events.createIndex('by-templateId', 'templateId');
  const feedback = tx.objectStore('feedback');
  feedback.createIndex('by-ts', 'ts');
  feedback.createIndex('by-serviceId', 'serviceId');

  db.createObjectStore('rollups', { keyPath: 'key' }).createIndex('by-day', 'day');
  db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-nextAttemptAt', 'nextAttemptAt');
  db.createObjectStore('checklistState', { keyPath: ['origin', 'objectKey', 'checklistId'] });
  db.createObjectStore('imports', { keyPath: 'id' }).createIndex('by-installId', 'installId');

  // Upgrade transactions auto-commit once nothing is pending, so the backfill is one cursor
  // chain inside the versionchange transaction: the upgrade either finishes whole or not at all.
  const rollups = new Map<string, Rollup>();
  const rollupStore = tx.objectStore('rollups');
  return (async () => {
    for await (const cursor of events.iterate()) {
      const event = cursor.value as StoredEvent;
      const scope = scopeOf(event);
      const key = rollupKeyOf(scope);
      const rollup = rollups.get(key) ?? emptyRollup(scope);
      applyEvent(rollup, event);
      rollups.set(key, rollup);
    }
    for (const rollup of rollups.values()) await rollupStore.put(rollup);
  })();
};

/** An import as v2 stored it: the whole file's content inside the record. */
type ImportRecordV2 = { id: string; events: StoredEvent[]; rollups: Rollup[] } & Record<string, unknown>;

/**
 * v3: rollups also as day × site and day totals (utils/metrics/grains.ts), summed from the v2
 * rollups, with a project index in place of the day index, so no dashboard query reads every
 * day × site × project rollup. Imports move their content out of the record (which the Data
 * section lists) into stores keyed by import, at the same grains. Compliance is kept per page from
 * now on (utils/metrics/compliance.ts); older checks stay as they were counted.
 */
const toV3: Step = async (db, tx) => {
  const rollupStore = tx.objectStore('rollups');
  rollupStore.createIndex('by-project-day', ['project', 'day']);
  // Unfiltered and per-site reads go to the totals now; the day index would only slow every write.
  rollupStore.deleteIndex('by-day');
  const coarse = coarseGrains.map((grain) => db.createObjectStore(grain.store, { keyPath: 'key' }));
  const importedEvents = db.createObjectStore('importedEvents', { keyPath: 'id' });
  importedEvents.createIndex('by-importId', 'importId');
  const importedRollups = db.createObjectStore('importedRollups', { keyPath: ['importId', 'grain', 'key'] });
  importedRollups.createIndex('by-import-project-day', ['importId', 'project', 'day']);
  db.createObjectStore('complianceSeen', { keyPath: ['origin', 'objectKey'] });

  const byGrain = atEveryGrain((await rollupStore.getAll()) as Rollup[]);
  const writes: Promise<unknown>[] = coarse.flatMap((store) => (byGrain.get(store.name as RollupStoreName) ?? []).map((total) => store.put(total)));
  for await (const cursor of tx.objectStore('imports').iterate()) {
    const { events, rollups, ...info } = cursor.value as ImportRecordV2;
    const ids = events.map((event) => event.id);
    writes.push(...putImportContent({ importedEvents, importedRollups }, info.id, ids, rollups), cursor.update({ ...info, events: ids.length, rollupDays: rollups.length }));
  }
  await Promise.all(writes);
};

const upgradeSteps: Step[] = [toV1, toV2, toV3];
export const LATEST_VERSION = upgradeSteps.length;

/**
 * Runs the steps from `oldVersion` one after another, as a step may read what an earlier one
 * backfilled. A failed step aborts the upgrade: the database stays at its old version, losing nothing.
 */
export function runUpgradeSteps(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  void (async () => {
    for (let v = oldVersion; v < newVersion; v++) await upgradeSteps[v]!(db, tx);
  })().catch(() => tx.abort());
}
