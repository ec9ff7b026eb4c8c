/**
 * Ordered upgrade steps: step i upgrades version i to i+1. Never edit a shipped step; append one.
 * The migration test (tests/unit/db-migration.test.ts) opens a stored v1 database with this code.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { OpsDB } from '../db';
import { applyEvent, emptyRollup, rollupKeyOf } from '../metrics/rollup';

type UpgradeDb = IDBPDatabase<OpsDB>;
type UpgradeTx = IDBPTransaction<OpsDB, StoreNames<OpsDB>[], 'versionchange'>;
type Step = (db: UpgradeDb, tx: UpgradeTx) => void;

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
  const rollups = new Map<string, ReturnType<typeof emptyRollup>>();
  const rollupStore = tx.objectStore('rollups');
  void (async () => {
    for await (const cursor of events.iterate()) {
      const key = rollupKeyOf(cursor.value);
      const rollup = rollups.get(key) ?? emptyRollup(cursor.value);
      applyEvent(rollup, cursor.value);
      rollups.set(key, rollup);
    }
    for (const rollup of rollups.values()) await rollupStore.put(rollup);
  })().catch(() => tx.abort());
};

export const upgradeSteps: Step[] = [toV1, toV2];
