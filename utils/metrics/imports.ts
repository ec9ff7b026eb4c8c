/**
 * Usage export/import. Teammates' files live in their own stores (never mixed into our log), one
 * import per file, de-duplicated by event id, and can be removed again.
 */
import type { OpsDatabase, ImportRecord } from '../db';
import { ensureInstallId } from '../db/meta';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import { importUsageInputSchema, USAGE_EXPORT_SCHEMA, usageExportSchema, type Rollup, type StatsFilters, type UsageExport } from '../schemas/usage';
import type { Clock } from './clock';
import { rollupRange } from './grains';
import { putImportContent } from './import-content';

export async function exportUsage(db: OpsDatabase, clock: Clock): Promise<UsageExport> {
  const installId = await ensureInstallId(db, clock.newId);
  const tx = db.transaction(['events', 'rollups'], 'readonly');
  const [events, rollups] = await Promise.all([tx.objectStore('events').getAll(), tx.objectStore('rollups').getAll()]);
  return { schema: USAGE_EXPORT_SCHEMA, installId, exportedAt: clock.now().toISOString(), events, rollups };
}

function parseFile(json: string): UsageExport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new InvalidInputError([`file: not valid JSON (${(error as Error).message})`]);
  }
  if (typeof data === 'object' && data !== null && (data as { schema?: unknown }).schema !== USAGE_EXPORT_SCHEMA) {
    throw new InvalidInputError([`file.schema: expected "${USAGE_EXPORT_SCHEMA}" (is this a Product Ops Kit usage export?)`]);
  }
  return parseOrThrow(usageExportSchema, data, 'file');
}

export async function importUsage(db: OpsDatabase, input: unknown, clock: Clock) {
  const { fileName, json } = parseOrThrow(importUsageInputSchema, input, 'import');
  const file = parseFile(json);
  if (file.installId === (await ensureInstallId(db, clock.newId))) {
    throw new InvalidInputError(['file.installId: this is an export of this browser’s own data']);
  }
  const tx = db.transaction(['imports', 'importedEvents', 'importedRollups', 'events'], 'readwrite');
  const importedEvents = tx.objectStore('importedEvents');
  const ownEvents = tx.objectStore('events');
  const stored = await Promise.all(file.events.map(async ({ id }) => (await importedEvents.getKey(id)) ?? (await ownEvents.getKey(id))));
  const fresh = new Set(file.events.filter((_, i) => stored[i] === undefined).map((e) => e.id));
  const record: ImportRecord = {
    id: clock.newId(),
    installId: file.installId,
    exportedAt: file.exportedAt,
    importedAt: clock.now().toISOString(),
    events: fresh.size,
    rollupDays: file.rollups.length,
  };
  if (fileName) record.fileName = fileName;
  await Promise.all([
    tx.objectStore('imports').put(record),
    ...putImportContent({ importedEvents, importedRollups: tx.objectStore('importedRollups') }, record.id, [...fresh], file.rollups),
    tx.done,
  ]);
  return { id: record.id, installId: file.installId, events: fresh.size, duplicates: file.events.length - fresh.size };
}

export function listImports(db: OpsDatabase): Promise<ImportRecord[]> {
  return db.getAll('imports');
}

export async function removeImport(db: OpsDatabase, id: string): Promise<{ removed: boolean }> {
  const tx = db.transaction(['imports', 'importedEvents', 'importedRollups'], 'readwrite');
  const exists = (await tx.objectStore('imports').getKey(id)) !== undefined;
  if (exists) {
    const eventIds = await tx.objectStore('importedEvents').index('by-importId').getAllKeys(id);
    await Promise.all([
      tx.objectStore('imports').delete(id),
      ...eventIds.map((eventId) => tx.objectStore('importedEvents').delete(eventId)),
      // [id] sorts before and [id, []] after every [id, grain, key].
      tx.objectStore('importedRollups').delete(IDBKeyRange.bound([id], [id, []])),
    ]);
  }
  await tx.done;
  return { removed: exists };
}

function readImportedUpTo(db: OpsDatabase, importId: string, filters: Pick<StatsFilters, 'site' | 'project'>, to: string): Promise<Rollup[]> {
  const range = rollupRange(filters, to);
  return range.byProject
    ? db.getAllFromIndex('importedRollups', 'by-import-project-day', IDBKeyRange.bound([importId, range.project, ''], [importId, range.project, range.to]))
    : db.getAll('importedRollups', IDBKeyRange.bound([importId, range.store, range.lower], [importId, range.store, range.upper]));
}

/**
 * Each teammate's rollups for `filters` up to `to`, at the same grain as our own read. Rollups are
 * cumulative per install (never pruned), so for each teammate only their newest export counts:
 * importing two exports of the same person never double-counts.
 */
export async function teammatesUpTo(db: OpsDatabase, filters: Pick<StatsFilters, 'site' | 'project'>, to: string) {
  const newest = new Map<string, ImportRecord>();
  for (const record of await db.getAll('imports')) {
    const current = newest.get(record.installId);
    if (!current || current.exportedAt < record.exportedAt) newest.set(record.installId, record);
  }
  return Promise.all([...newest.values()].map(async (record) => ({ record, rollups: await readImportedUpTo(db, record.id, filters, to) })));
}
