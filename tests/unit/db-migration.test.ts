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
    db.close();
  });

  it('creates the full schema from nothing', async () => {
    const db = await openOpsDb('fresh');
    expect([...db.objectStoreNames].sort()).toEqual(['checklistState', 'events', 'feedback', 'imports', 'meta', 'outbox', 'rollups']);
    expect([...db.transaction('events').store.indexNames].sort()).toEqual(['by-templateId', 'by-ts', 'by-type', 'by-type-ts']);
    db.close();
  });
});
