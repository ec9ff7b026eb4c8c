import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openOpsDb } from '@/utils/db';
import { freshIndexedDb } from './helpers/test-db';

/**
 * A database exactly as version 1 (0.1.x) wrote it: created with v1's own schema code, not with
 * today's upgrade steps, so a change to those steps can't hide a broken migration.
 */
async function storeV1Example(name: string) {
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-ts', 'ts');
      db.createObjectStore('feedback', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
  });
  await v1.put('events', {
    id: 'e1', ts: '2025-01-06T10:00:00.000Z', type: 'template_inserted', templateId: 'prd', version: 2,
    site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 1200, usedFields: true, project: 'ABC',
  });
  await v1.put('events', {
    id: 'e2', ts: '2025-01-06T11:00:00.000Z', type: 'template_inserted', templateId: 'prd', version: 2,
    site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 800, usedFields: false, project: 'ABC',
  });
  await v1.put('events', { id: 'e3', ts: '2025-01-07T09:00:00.000Z', type: 'feedback_submitted', serviceId: 'templates', question: 'ces', score: 6 });
  await v1.put('feedback', { id: 'f1', serviceId: 'templates', question: 'ces', score: 6, comment: 'quick', ts: '2025-01-07T09:00:00.000Z' });
  await v1.put('meta', '11111111-1111-4111-8111-111111111111', 'installId');
  await v1.put('meta', 3, 'prunedForQuota');
  v1.close();
}

const rollupV2 = (key: string, day: string, site: string | undefined, project: string | undefined, inserts: number, durationsMs: number[]) => ({
  key, day, ...(site && { site }), ...(project && { project }),
  counts: { template_inserted: inserts, checklist_completed: durationsMs.length },
  templates: { prd: { inserts, ms: inserts * 100, versions: { '2': inserts }, lastTs: `${day}T12:00:00.000Z`, complianceSum: 0, complianceN: 0, missing: {}, cesSum: 0, cesN: 0 } },
  services: {},
  checklists: { dor: { started: durationsMs.length, completed: durationsMs.length, durationsMs, itemChecks: { estimated: 1 } } },
  failures: {},
  featureErrors: {},
});

/** A database as version 2 wrote it (v2's own schema code), holding rollups and no raw events. */
async function storeV2Example(name: string) {
  const v2 = await openDB(name, 2, {
    upgrade(db) {
      const events = db.createObjectStore('events', { keyPath: 'id' });
      events.createIndex('by-ts', 'ts');
      events.createIndex('by-type', 'type');
      events.createIndex('by-type-ts', ['type', 'ts']);
      events.createIndex('by-templateId', 'templateId');
      const feedback = db.createObjectStore('feedback', { keyPath: 'id' });
      feedback.createIndex('by-ts', 'ts');
      feedback.createIndex('by-serviceId', 'serviceId');
      db.createObjectStore('meta');
      db.createObjectStore('rollups', { keyPath: 'key' }).createIndex('by-day', 'day');
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-nextAttemptAt', 'nextAttemptAt');
      db.createObjectStore('checklistState', { keyPath: ['origin', 'objectKey', 'checklistId'] });
      db.createObjectStore('imports', { keyPath: 'id' }).createIndex('by-installId', 'installId');
    },
  });
  // Raw events of these days were pruned long ago: the totals can only come from the rollups.
  await v2.put('rollups', rollupV2('2025-01-06|jira-cloud|ABC', '2025-01-06', 'jira-cloud', 'ABC', 2, [1000]));
  await v2.put('rollups', rollupV2('2025-01-06|jira-cloud|PAY', '2025-01-06', 'jira-cloud', 'PAY', 3, [3000]));
  await v2.put('rollups', rollupV2('2025-01-06|confluence-cloud|-', '2025-01-06', 'confluence-cloud', undefined, 1, []));
  await v2.put('rollups', rollupV2('2025-01-07|-|-', '2025-01-07', undefined, undefined, 0, [500]));
  // v2 kept a teammate's whole file inside the import record.
  await v2.put('imports', {
    id: 'imp-1', fileName: 'ana.json', installId: '22222222-2222-4222-8222-222222222222', exportedAt: '2025-01-08T00:00:00.000Z', importedAt: '2025-01-09T00:00:00.000Z',
    events: [{ id: 'ana-1', ts: '2025-01-06T10:00:00.000Z', type: 'picker_opened', site: 'jira-cloud', page: 'issue' }, { id: 'ana-2', ts: '2025-01-06T10:00:00.000Z', type: 'picker_opened', site: 'jira-cloud', page: 'issue' }],
    rollups: [rollupV2('2025-01-06|jira-cloud|WEB', '2025-01-06', 'jira-cloud', 'WEB', 4, [])],
  });
  v2.close();
}

describe('IndexedDB migration', () => {
  beforeEach(freshIndexedDb);

  it('upgrades a stored v1 database to the current version losing nothing', async () => {
    await storeV1Example('ops');
    const db = await openOpsDb('ops');
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAll('events')).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(await db.get('feedback', 'f1')).toMatchObject({ comment: 'quick', score: 6 });
    expect(await db.get('meta', 'installId')).toBe('11111111-1111-4111-8111-111111111111');
    expect(await db.get('meta', 'prunedForQuota')).toBe(3);
    // New indexes cover the old rows.
    expect(await db.countFromIndex('events', 'by-templateId', 'prd')).toBe(2);
    expect(await db.countFromIndex('events', 'by-type-ts', IDBKeyRange.bound(['template_inserted', '2025-01-06'], ['template_inserted', '2025-01-07']))).toBe(2);
    expect(await db.countFromIndex('feedback', 'by-serviceId', 'templates')).toBe(1);
    // Rollups are backfilled from the v1 log, so the dashboard shows the old history.
    const rollup = await db.get('rollups', '2025-01-06|jira-cloud|ABC');
    expect(rollup?.templates.prd).toMatchObject({ inserts: 2, ms: 2000, versions: { '2': 2 } });
    expect((await db.get('rollups', '2025-01-07|-|-'))?.services.templates).toMatchObject({ n: 1, sum: 6 });
    for (const store of ['outbox', 'checklistState', 'imports'] as const) expect(await db.count(store)).toBe(0);
    // v3 ran after v2's backfill had finished, so the coarser totals hold the v1 history too.
    expect((await db.get('dayTotals', '2025-01-06'))?.templates.prd).toMatchObject({ inserts: 2, ms: 2000 });
    expect((await db.get('siteDayTotals', 'jira-cloud|2025-01-06'))?.templates.prd).toMatchObject({ inserts: 2 });
    expect((await db.get('dayTotals', '2025-01-07'))?.services.templates).toMatchObject({ n: 1, sum: 6 });
    db.close();
  });

  it('upgrades a stored v2 database: rollups summed into day and day × site totals, imports split', async () => {
    await storeV2Example('ops2');
    const db = await openOpsDb('ops2');
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('rollups')).toBe(4);
    expect([...db.transaction('rollups').store.indexNames]).toEqual(['by-project-day']);
    expect(await db.getAllKeys('dayTotals')).toEqual(['2025-01-06', '2025-01-07']);
    const jan6 = await db.get('dayTotals', '2025-01-06');
    expect(jan6).toMatchObject({ key: '2025-01-06', day: '2025-01-06', counts: { template_inserted: 6, checklist_completed: 2 } });
    expect(jan6).not.toHaveProperty('site');
    expect(jan6?.templates.prd).toMatchObject({ inserts: 6, ms: 600, versions: { '2': 6 }, lastTs: '2025-01-06T12:00:00.000Z' });
    expect(jan6?.checklists.dor).toEqual({ started: 2, completed: 2, durationsMs: [1000, 3000], itemChecks: { estimated: 3 } });
    expect(await db.getAllKeys('siteDayTotals')).toEqual(['confluence-cloud|2025-01-06', 'jira-cloud|2025-01-06']);
    expect(await db.get('siteDayTotals', 'jira-cloud|2025-01-06')).toMatchObject({ site: 'jira-cloud', counts: { template_inserted: 5 } });
    expect(await db.countFromIndex('rollups', 'by-project-day', IDBKeyRange.bound(['ABC', ''], ['ABC', '2025-12-31']))).toBe(1);
    // The import record is now what the Data section lists; its content moved to the imported* stores.
    expect(await db.get('imports', 'imp-1')).toEqual({
      id: 'imp-1', fileName: 'ana.json', installId: '22222222-2222-4222-8222-222222222222', exportedAt: '2025-01-08T00:00:00.000Z', importedAt: '2025-01-09T00:00:00.000Z', events: 2, rollupDays: 1,
    });
    expect(await db.getAllKeysFromIndex('importedEvents', 'by-importId', 'imp-1')).toEqual(['ana-1', 'ana-2']);
    expect((await db.getAllKeys('importedRollups')).map((key) => key.join(' '))).toEqual([
      'imp-1 dayTotals 2025-01-06', 'imp-1 rollups 2025-01-06|jira-cloud|WEB', 'imp-1 siteDayTotals jira-cloud|2025-01-06',
    ]);
    expect((await db.get('importedRollups', ['imp-1', 'dayTotals', '2025-01-06']))?.templates.prd?.inserts).toBe(4);
    db.close();
  });

  it('creates the full schema from nothing', async () => {
    const db = await openOpsDb('fresh');
    expect([...db.objectStoreNames].sort()).toEqual([
      'checklistState', 'complianceSeen', 'dayTotals', 'events', 'feedback', 'importedEvents', 'importedRollups', 'imports', 'meta', 'outbox', 'rollups', 'siteDayTotals',
    ]);
    expect([...db.transaction('events').store.indexNames].sort()).toEqual(['by-templateId', 'by-ts', 'by-type', 'by-type-ts']);
    db.close();
  });
});
