import { beforeEach, describe, expect, it } from 'vitest';
import type { OpsDatabase } from '@/utils/db';
import { saveChecklistTick } from '@/utils/metrics/checklist-state';
import { isQuotaError, withQuotaRetry } from '@/utils/metrics/quota';
import { commitEvents } from '@/utils/metrics/record';
import { pruneEventsOlderThan } from '@/utils/metrics/retention';
import type { UsageEvent } from '@/utils/schemas/events';
import { openTestDb, testClock, testRecorder } from './helpers/test-db';

const inserted = (templateId = 'prd'): UsageEvent => ({
  type: 'template_inserted', templateId, version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 900, usedFields: true, project: 'ABC',
});
const quotaError = () => new DOMException('quota', 'QuotaExceededError');

let db: OpsDatabase;
let clock: ReturnType<typeof testClock>;
let record: ReturnType<typeof testRecorder>;
beforeEach(async () => {
  db = await openTestDb();
  clock = testClock();
  record = testRecorder(db, clock);
});

describe('trackEvents recording', () => {
  it('stamps id and ts and updates the day rollup in the same commit', async () => {
    expect(await record([inserted(), inserted('bug')])).toEqual({ stored: 2 });
    const events = await db.getAll('events');
    expect(events.map((e) => [e.id.length > 0, e.ts])).toEqual([[true, '2025-03-10T09:00:00.000Z'], [true, '2025-03-10T09:00:00.000Z']]);
    const rollup = await db.get('rollups', '2025-03-10|jira-cloud|ABC');
    expect(rollup?.counts.template_inserted).toBe(2);
    expect(Object.keys(rollup!.templates).sort()).toEqual(['bug', 'prd']);
    expect(await db.count('outbox')).toBe(0);
  });

  it('a resent keyed batch (reply lost to a stopped worker) is stored, rolled up and queued once', async () => {
    const batch = { batchId: '0f8fad5b-d9cb-469f-a165-70867728950e', events: [inserted(), inserted('bug')] };
    const queued = testRecorder(db, clock, { enqueueUsage: async () => true });
    expect(await queued(batch)).toEqual({ stored: 2 });
    expect(await queued(batch)).toEqual({ stored: 2 });
    expect((await db.getAllKeys('events')).sort()).toEqual([`${batch.batchId}:0`, `${batch.batchId}:1`]);
    expect((await db.get('rollups', '2025-03-10|jira-cloud|ABC'))?.counts.template_inserted).toBe(2);
    expect(await db.count('outbox')).toBe(2);
    await expect(record({ batchId: 'nope', events: [] })).rejects.toThrow(/^batch\.batchId: invalid uuid\nbatch\.events: must have at least 1 item$/);
  });

  it('stores a burst of 1,000 events without losing one', async () => {
    const burst = Array.from({ length: 1000 }, (_, i) => inserted(`t${i % 7}`));
    const started = performance.now();
    await record(burst);
    const ms = performance.now() - started;
    expect(await db.count('events')).toBe(1000);
    const rollup = await db.get('rollups', '2025-03-10|jira-cloud|ABC');
    expect(Object.values(rollup!.templates).reduce((n, t) => n + t.inserts, 0)).toBe(1000);
    console.info(`1,000-event burst committed in ${ms.toFixed(0)} ms (fake-indexeddb)`);
  });

  it('1,000 one-event messages at once share a few transactions, and each is answered after its commit', async () => {
    const groups: number[] = [];
    const committed = new Set<string>();
    const counting: typeof commitEvents = async (db, group, options) => {
      groups.push(group.length);
      await commitEvents(db, group, options);
      for (const pending of group) committed.add(pending.stamped[0]!.id);
    };
    const grouped = testRecorder(db, clock, { commit: counting });
    const answeredBeforeCommit: string[] = [];
    await Promise.all(
      Array.from({ length: 1000 }, async (_, i) => {
        const batchId = `0f8fad5b-d9cb-469f-a165-${String(i).padStart(12, '0')}`;
        await grouped({ batchId, events: [inserted(`t${i % 7}`)] });
        if (!committed.has(`${batchId}:0`)) answeredBeforeCommit.push(batchId);
      }),
    );
    expect(answeredBeforeCommit).toEqual([]);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(groups.length).toBeLessThan(10);
    expect(await db.count('events')).toBe(1000);
    const day = await db.get('dayTotals', '2025-03-10');
    expect(day?.counts.template_inserted).toBe(1000);
  });

  it('a batch resent into the same group is written once; a failed group fails only its own senders', async () => {
    const batch = { batchId: '0f8fad5b-d9cb-469f-a165-70867728950e', events: [inserted()] };
    await Promise.all([record([inserted('first')]), record(batch), record(batch)]);
    expect(await db.count('events')).toBe(2);
    expect((await db.get('siteDayTotals', 'jira-cloud|2025-03-10'))?.counts.template_inserted).toBe(2);

    let fail = true;
    const flaky: typeof commitEvents = async (...args) => {
      if (fail) throw new Error('disk error');
      return commitEvents(...args);
    };
    const recorder = testRecorder(db, clock, { commit: flaky });
    await expect(recorder([inserted()])).rejects.toThrow('disk error');
    fail = false;
    expect(await recorder([inserted()])).toEqual({ stored: 1 });
    expect(await db.count('events')).toBe(3);
  });

  it('rejects a batch with one bad event whole, with the path of the problem', async () => {
    const bad = { ...inserted(), ms: -5 };
    await expect(record([inserted(), bad])).rejects.toThrow('events[1].ms: must be ≥ 0');
    await expect(record([{ type: 'template_inserted', title: 'Secret roadmap' }])).rejects.toThrow(/events\[0\]\.title: unknown key/);
    await expect(record('garbage')).rejects.toThrow('events: expected array, received string');
    expect(await db.count('events')).toBe(0);
    expect(await db.count('rollups')).toBe(0);
  });

  it('queues usage events for delivery when usage sync is on, keyed by the event id', async () => {
    await testRecorder(db, clock, { enqueueUsage: async () => true })([inserted()]);
    const [event] = await db.getAll('events');
    const [item] = await db.getAll('outbox');
    expect(item).toMatchObject({ id: event!.id, event: 'template_inserted', timestamp: event!.ts, attempts: 0 });
    expect(item!.properties).toEqual({ templateId: 'prd', version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 900, usedFields: true, project: 'ABC' });
  });
});

describe('quota', () => {
  it('recognises QuotaExceededError, also as a cause', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quotaError() }))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('prunes the oldest raw events, counts them, keeps rollups and outbox, and retries', async () => {
    clock.set('2025-01-01T00:00:00.000Z');
    await testRecorder(db, clock, { enqueueUsage: async () => true })(Array.from({ length: 300 }, () => inserted()));
    const rollupsBefore = await db.getAll('rollups');
    clock.set('2025-03-10T09:00:00.000Z');
    let failures = 1;
    const failingOnce: typeof commitEvents = async (...args) => {
      if (failures-- > 0) throw quotaError();
      return commitEvents(...args);
    };
    await testRecorder(db, clock, { commit: failingOnce })([inserted('new')]);
    expect(await db.count('events')).toBe(201); // 100 oldest pruned (10 %, at least 100), the new one stored
    expect(await db.get('meta', 'prunedForQuota')).toBe(100);
    expect(await db.count('outbox')).toBe(300);
    const old = (await db.getAll('rollups')).find((r) => r.day === '2025-01-01');
    expect(old).toEqual(rollupsBefore[0]);
  });

  it('gives up with the quota error when nothing is left to prune', async () => {
    const alwaysFull: typeof commitEvents = async () => {
      throw quotaError();
    };
    await expect(testRecorder(db, clock, { commit: alwaysFull })([inserted()])).rejects.toThrow('quota');
  });

  it('withQuotaRetry does not retry other errors', async () => {
    let calls = 0;
    await expect(withQuotaRetry(async () => { calls++; throw new Error('boom'); }, async () => 1)).rejects.toThrow('boom');
    expect(calls).toBe(1);
  });
});

describe('retention', () => {
  it('prunes raw events older than N days and keeps their rollups', async () => {
    clock.set('2024-06-01T00:00:00.000Z');
    await record([inserted(), inserted()]);
    clock.set('2025-03-01T00:00:00.000Z');
    await record([inserted()]);
    expect(await pruneEventsOlderThan(db, 180, new Date('2025-03-10T00:00:00.000Z'))).toBe(2);
    expect(await db.count('events')).toBe(1);
    expect((await db.get('rollups', '2024-06-01|jira-cloud|ABC'))?.counts.template_inserted).toBe(2);
    expect(await db.get('meta', 'prunedForRetention')).toBe(2);
  });
});

describe('checklist ticks', () => {
  const tick = (itemId: string, checked: boolean, itemIds = ['ac', 'tests', 'nice']) => ({
    origin: 'https://acme.atlassian.net', objectKey: 'ABC-1', checklistId: 'dor', version: 1,
    itemId, checked, itemIds, mandatoryItemIds: ['ac', 'tests'], site: 'jira-cloud' as const, project: 'ABC',
  });

  it('records start once, real toggles only, and completion when all mandatory items are checked', async () => {
    await saveChecklistTick(db, tick('ac', true), clock, false);
    await saveChecklistTick(db, tick('ac', true), clock, false); // repeated: no change, no event
    clock.advance(90_000);
    const state = await saveChecklistTick(db, tick('tests', true), clock, false);
    expect(state.completedAt).toBe('2025-03-10T09:01:30.000Z');
    const types = (await db.getAll('events')).map((e) => e.type);
    expect(types.sort()).toEqual(['checklist_completed', 'checklist_item_toggled', 'checklist_item_toggled']);
    const rollup = await db.get('rollups', '2025-03-10|jira-cloud|ABC');
    expect(rollup?.checklists.dor).toEqual({ started: 1, completed: 1, durationsMs: [90_000], itemChecks: { ac: 1, tests: 1 } });
  });

  it('moves ticks of items a new version dropped into history', async () => {
    await saveChecklistTick(db, tick('nice', true), clock, false);
    const state = await saveChecklistTick(db, { ...tick('ac', true, ['ac', 'tests']), version: 2 }, clock, false);
    expect(state.version).toBe(2);
    expect(state.ticks.nice).toBeUndefined();
    expect(state.removed).toEqual([{ itemId: 'nice', checked: true, at: '2025-03-10T09:00:00.000Z', removedAt: '2025-03-10T09:00:00.000Z', version: 1 }]);
  });

  it('rejects an item that is not in the checklist', async () => {
    await expect(saveChecklistTick(db, tick('ghost', true), clock, false)).rejects.toThrow('tick.itemId: not one of tick.itemIds');
  });
});
