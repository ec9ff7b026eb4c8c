import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OpsDatabase } from '@/utils/db';
import { eventsToCsv } from '@/utils/metrics/csv';
import { exportUsage, importUsage, listImports, removeImport } from '@/utils/metrics/imports';
import { getAdoptionStats } from '@/utils/metrics/stats';
import type { UsageEvent } from '@/utils/schemas/events';
import { freshIndexedDb, testClock, testRecorder } from './helpers/test-db';
import { openOpsDb } from '@/utils/db';

const inserted = (templateId = 'prd'): UsageEvent => ({
  type: 'template_inserted', templateId, version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 900, usedFields: true,
});
const settings = { retentionDays: 180, defaultMinutesSaved: 10, minutesSaved: {} };
const march = { from: '2025-03-01', to: '2025-03-31' };

/** A teammate's browser: its own database and install id. */
async function teammateExport(events: UsageEvent[], exportedAt: string) {
  const db = await openOpsDb(`teammate-${Math.random()}`);
  const clock = testClock(undefined, 2);
  await db.put('meta', '22222222-2222-4222-8222-222222222222', 'installId');
  await testRecorder(db, clock)(events);
  clock.set(exportedAt);
  const file = await exportUsage(db, clock);
  db.close();
  return file;
}

let db: OpsDatabase;
const clock = testClock();
beforeEach(async () => {
  freshIndexedDb();
  db = await openOpsDb('me');
  await testRecorder(db, clock)([inserted()]);
});

describe('usage export / import', () => {
  it('exports the documented shape and imports a teammate file into its own store', async () => {
    const file = await teammateExport([inserted('bug'), inserted('bug')], '2025-03-11T00:00:00.000Z');
    expect(Object.keys(file)).toEqual(['schema', 'installId', 'exportedAt', 'events', 'rollups']);
    expect(file.schema).toBe('product-ops-kit.usage/v1');
    const result = await importUsage(db, { fileName: 'ana.json', json: JSON.stringify(file) }, clock);
    expect(result).toMatchObject({ installId: file.installId, events: 2, duplicates: 0 });
    expect(await db.count('events')).toBe(1); // own log untouched
    expect(await listImports(db)).toEqual([expect.objectContaining({ fileName: 'ana.json', events: 2, rollupDays: 1 })]);
  });

  it('de-duplicates events by id across files and never double-counts one teammate', async () => {
    const first = await teammateExport([inserted('bug')], '2025-03-11T00:00:00.000Z');
    const later = { ...first, exportedAt: '2025-03-12T00:00:00.000Z' };
    await importUsage(db, { json: JSON.stringify(first) }, clock);
    const again = await importUsage(db, { json: JSON.stringify(later) }, clock);
    expect(again).toMatchObject({ events: 0, duplicates: 1 });
    const stats = await getAdoptionStats(db, { ...march, includeImports: true }, settings);
    expect(stats.cards.insertions).toBe(2); // mine + Ana's once
    // By whom: me, and Ana once (her newest export), named by its install id when the file had no name.
    expect(stats.people).toEqual([
      { importId: null, insertions: 1, templatesUsed: 1, activeDays: 1, checklistsCompleted: 0, ratings: 0, lastActiveDay: '2025-03-10' },
      expect.objectContaining({ installId: '22222222-2222-4222-8222-222222222222', fileName: undefined, insertions: 1, templatesUsed: 1 }),
    ]);
    expect((await getAdoptionStats(db, march, settings)).cards.insertions).toBe(1);
    expect((await getAdoptionStats(db, march, settings)).people).toEqual([]);
  });

  it('removes an import and its numbers, and only its own', async () => {
    const { id } = await importUsage(db, { json: JSON.stringify(await teammateExport([inserted()], '2025-03-11T00:00:00.000Z')) }, clock);
    const bob = await teammateExport([inserted('bug')], '2025-03-11T00:00:00.000Z');
    const bobsFile = { ...bob, installId: '33333333-3333-4333-8333-333333333333', events: bob.events.map((e) => ({ ...e, id: `bob-${e.id}` })) };
    const other = await importUsage(db, { json: JSON.stringify(bobsFile) }, clock);
    const countsOf = async (importId: string) => ({
      events: await db.countFromIndex('importedEvents', 'by-importId', importId),
      rollups: await db.count('importedRollups', IDBKeyRange.bound([importId], [importId, []])),
    });
    // One rollup at each of the three grains.
    expect(await countsOf(id)).toEqual({ events: 1, rollups: 3 });
    expect(await removeImport(db, id)).toEqual({ removed: true });
    expect(await countsOf(id)).toEqual({ events: 0, rollups: 0 });
    expect(await countsOf(other.id)).toEqual({ events: 1, rollups: 3 });
    expect(await removeImport(db, other.id)).toEqual({ removed: true });
    expect(await removeImport(db, id)).toEqual({ removed: false });
    expect((await getAdoptionStats(db, { ...march, includeImports: true }, settings)).cards.insertions).toBe(1);
  });

  it('rejects invalid files whole, saying why', async () => {
    const file = await teammateExport([inserted()], '2025-03-11T00:00:00.000Z');
    const imports = async (json: string) => importUsage(db, { json }, clock);
    await expect(imports('{not json')).rejects.toThrow(/^file: not valid JSON/);
    await expect(imports(JSON.stringify({ schema: 'other/v1' }))).rejects.toThrow('file.schema: expected "product-ops-kit.usage/v1"');
    const broken = { ...file, events: [file.events[0], { ...file.events[0], id: 'x2', ms: 'fast' }] };
    await expect(imports(JSON.stringify(broken))).rejects.toThrow('file.events[1].ms: expected number, received string');
    await expect(imports(JSON.stringify((await exportUsage(db, clock))))).rejects.toThrow(/own data/);
    expect(await db.count('imports')).toBe(0);
  });

  it('round-trips: an export re-validates and keeps every event and rollup', async () => {
    await testRecorder(db, clock)([inserted('bug'), { type: 'picker_opened', site: 'jira-dc', page: 'create' }]);
    const file = await exportUsage(db, clock);
    const parsed = JSON.parse(JSON.stringify(file));
    expect(parsed.events).toHaveLength(3);
    expect(parsed.rollups).toEqual(await db.getAll('rollups'));
  });
});

describe('eventsToCsv', () => {
  it('writes one row per event with stable leading columns, joined arrays and quoted cells', async () => {
    const csv = eventsToCsv([
      { id: 'a', ts: '2025-03-10T09:00:00.000Z', type: 'compliance_checked', templateId: 'prd', version: 1, score: 0.5, missing: ['risks', 'goals'] },
      { id: 'b', ts: '2025-03-10T09:00:00.000Z', type: 'insert_failed', site: 'jira-dc', editor: 'tinymce', reason: 'no_caret', project: '=HYPERLINK' },
    ]);
    const { data } = Papa.parse<string[]>(csv.trim());
    expect(data[0]).toEqual(['id', 'ts', 'type', 'site', 'project', 'editor', 'missing', 'reason', 'score', 'templateId', 'version']);
    expect(data[1]).toEqual(['a', '2025-03-10T09:00:00.000Z', 'compliance_checked', '', '', '', 'risks;goals', '', '0.5', 'prd', '1']);
    expect(data[2]![4]).toBe("'=HYPERLINK"); // formula injection neutralised
  });
});
