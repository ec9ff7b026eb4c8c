/**
 * The only IndexedDB opener. Background only: popup, options and content scripts ask through
 * messages, so there is one owner, one validation point and no blocked upgrades.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ComplianceCheck, StoredEvent } from './schemas/events';
import type { FeedbackRecord } from './schemas/feedback';
import type { ChecklistState } from './schemas/checklist-state';
import type { Rollup } from './schemas/usage';
import type { RollupStoreName } from './metrics/grains';
import type { OutboxItem } from './outbox/item';
import { LATEST_VERSION, runUpgradeSteps } from './db/upgrades';

export const DB_NAME = 'product-ops-kit';

/** A teammate's imported export: what the Data section lists. Its content lives in the imported* stores. */
export interface ImportRecord {
  id: string;
  fileName?: string;
  installId: string;
  exportedAt: string;
  importedAt: string;
  /** Events new to this browser (the rest were duplicates). */
  events: number;
  rollupDays: number;
}

/** An imported rollup at one grain, kept apart from this browser's own (keyed by import). */
export type ImportedRollup = Rollup & { importId: string; grain: RollupStoreName };

export interface OpsDB extends DBSchema {
  events: {
    key: string;
    value: StoredEvent;
    indexes: { 'by-ts': string; 'by-type': string; 'by-type-ts': [string, string]; 'by-templateId': string };
  };
  /** Day × site × project; the same totals at coarser grains follow (utils/metrics/grains.ts). */
  rollups: { key: string; value: Rollup; indexes: { 'by-project-day': [string, string] } };
  siteDayTotals: { key: string; value: Rollup };
  dayTotals: { key: string; value: Rollup };
  outbox: { key: string; value: OutboxItem; indexes: { 'by-nextAttemptAt': number } };
  feedback: { key: string; value: FeedbackRecord; indexes: { 'by-ts': string; 'by-serviceId': string } };
  checklistState: { key: [string, string, string]; value: ChecklistState };
  /** The last compliance check of each issue / page, so a page counts once however often it is viewed. */
  complianceSeen: { key: [string, string]; value: { origin: string; objectKey: string; last: StoredComplianceCheck } };
  meta: { key: string; value: unknown };
  imports: { key: string; value: ImportRecord; indexes: { 'by-installId': string } };
  /** Ids of imported events, only to de-duplicate later imports. */
  importedEvents: { key: string; value: { id: string; importId: string }; indexes: { 'by-importId': string } };
  importedRollups: { key: [string, string, string]; value: ImportedRollup; indexes: { 'by-import-project-day': [string, string, string] } };
}

export type StoredComplianceCheck = ComplianceCheck & { id: string; ts: string };
export type OpsDatabase = IDBPDatabase<OpsDB>;
export const DB_VERSION = LATEST_VERSION;

let dbPromise: Promise<OpsDatabase> | undefined;

/** Memoised: the only module-level state the background keeps (a killed worker just reopens). */
export function getDb(): Promise<OpsDatabase> {
  dbPromise ??= openOpsDb().catch((error: unknown) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

export function openOpsDb(name = DB_NAME, version = DB_VERSION): Promise<OpsDatabase> {
  return openDB<OpsDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // The steps are untyped: each one sees the schema of its own version, not OpsDB's.
      runUpgradeSteps(db as unknown as IDBPDatabase, oldVersion, newVersion ?? version, tx as unknown as Parameters<typeof runUpgradeSteps>[3]);
    },
    blocking() {
      // A newer version wants to open (extension updated): let it, and reopen lazily.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
  });
}

/** Tests only: forget the memoised connection (closing it) so the next getDb reopens. */
export async function resetDbForTests(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending).close();
}
