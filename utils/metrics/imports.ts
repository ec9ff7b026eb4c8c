/**
 * Usage export/import. Teammates' files live in their own store (never mixed into our log), one
 * record per file, de-duplicated by event id, and can be removed again.
 */
import type { OpsDatabase, ImportRecord } from '../db';
import { ensureInstallId } from '../db/meta';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import { importUsageInputSchema, USAGE_EXPORT_SCHEMA, usageExportSchema, type Rollup, type UsageExport } from '../schemas/usage';
import type { Clock } from './clock';

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
  const tx = db.transaction(['imports', 'events'], 'readwrite');
  const known = new Set<string>();
  for (const record of await tx.objectStore('imports').getAll()) for (const e of record.events) known.add(e.id);
  const events = [];
  for (const event of file.events) {
    if (known.has(event.id) || (await tx.objectStore('events').getKey(event.id))) continue;
    known.add(event.id);
    events.push(event);
  }
  const record: ImportRecord = {
    id: clock.newId(),
    installId: file.installId,
    exportedAt: file.exportedAt,
    importedAt: clock.now().toISOString(),
    events,
    rollups: file.rollups,
  };
  if (fileName) record.fileName = fileName;
  await tx.objectStore('imports').put(record);
  await tx.done;
  return { id: record.id, installId: file.installId, events: events.length, duplicates: file.events.length - events.length };
}

export async function listImports(db: OpsDatabase) {
  const records = await db.getAll('imports');
  return records.map(({ events, rollups, ...info }) => ({ ...info, events: events.length, rollupDays: rollups.length }));
}

export async function removeImport(db: OpsDatabase, id: string): Promise<{ removed: boolean }> {
  const tx = db.transaction('imports', 'readwrite');
  const exists = (await tx.store.getKey(id)) !== undefined;
  if (exists) await tx.store.delete(id);
  await tx.done;
  return { removed: exists };
}

/**
 * Rollups are cumulative per install (never pruned), so for each teammate only their newest
 * export counts: importing two exports of the same person never double-counts.
 */
export async function importedRollups(db: OpsDatabase): Promise<Rollup[]> {
  const newest = new Map<string, ImportRecord>();
  for (const record of await db.getAll('imports')) {
    const current = newest.get(record.installId);
    if (!current || current.exportedAt < record.exportedAt) newest.set(record.installId, record);
  }
  return [...newest.values()].flatMap((r) => r.rollups);
}
