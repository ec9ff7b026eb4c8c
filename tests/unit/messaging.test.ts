import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OpsDatabase } from '@/utils/db';
import type { BackgroundDeps } from '@/utils/metrics/deps';
import { registerMetricsHandlers } from '@/utils/metrics/handlers';
import { sendMessage } from '@/utils/messaging';
import { registerOutboxHandlers } from '@/utils/outbox/handlers';
import { alarmHandler, ensureAlarms, OUTBOX_ALARM, RETENTION_ALARM } from '@/utils/outbox/schedule';
import { registerServiceHandlers } from '@/utils/services/handlers';
import { installMessagingShim, resetMessaging } from './helpers/messaging-shim';
import { openTestDb, testClock } from './helpers/test-db';

let db: OpsDatabase;
let deps: BackgroundDeps;
let posted: unknown[];

beforeEach(async () => {
  fakeBrowser.reset();
  installMessagingShim();
  db = await openTestDb();
  posted = [];
  deps = {
    db: async () => db,
    clock: testClock(),
    fetch: (async (_url: string, init: RequestInit) => {
      posted.push(JSON.parse(init.body as string));
      return new Response('{}', { status: 200 });
    }) as unknown as typeof fetch,
    rand: () => 0.5,
    promptsDisabledByAdmin: async () => false,
    onEnqueued: vi.fn(),
  };
  registerMetricsHandlers(deps);
  registerOutboxHandlers(deps);
  registerServiceHandlers(deps);
});
afterEach(() => {
  db.close();
  resetMessaging();
});

const inserted = { type: 'template_inserted', templateId: 'prd', version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 700, usedFields: false } as const;

describe('background messages', () => {
  it('trackEvents stores and answers after commit; the dashboard sees it', async () => {
    expect(await sendMessage('trackEvents', [inserted, inserted])).toEqual({ stored: 2 });
    const stats = await sendMessage('getAdoptionStats', { from: '2025-03-01', to: '2025-03-31' });
    expect(stats.cards).toMatchObject({ insertions: 2, hoursSaved: 0.3 });
    expect(stats.storage).toEqual({ prunedForQuota: 0, prunedForRetention: 0, droppedInvalid: 0 });
    expect(await sendMessage('getWeeklyUsage', { weeks: 2 })).toEqual({ weeks: [{ week: '2025-03-10', insertions: 2 }], ratings: 0 });
  });

  it('answers garbage with a clear, path-precise error and writes nothing', async () => {
    const send = sendMessage as (type: string, data?: unknown) => Promise<unknown>;
    await expect(send('trackEvents', { not: 'an array' })).rejects.toThrow('events: expected array, received object');
    await expect(send('trackEvents', [{ ...inserted, type: 'page_scraped' }])).rejects.toThrow(/events\[0\]\.type: expected one of template_inserted\|/);
    await expect(send('getAdoptionStats', { from: 'yesterday', to: '2025-03-31' })).rejects.toThrow(/filters\.from: /);
    await expect(send('saveServices', [{ id: 'x' }])).rejects.toThrow('services[0].name: required (expected string)');
    await expect(send('getServices', 'please')).rejects.toThrow(/^input: /);
    await expect(send('removeImport', null)).rejects.toThrow(/^input: /);
    await expect(send('saveChecklistTick', { origin: 'https://a.atlassian.net' })).rejects.toThrow('tick.objectKey: required');
    expect(await db.count('events')).toBe(0);
  });

  it('submitFeedback stores, queues, and triggers a delivery round', async () => {
    const [service] = await sendMessage('getServices');
    const { id } = await sendMessage('submitFeedback', { serviceId: service!.id, score: 7 });
    expect(await db.get('outbox', id)).toBeDefined();
    expect(deps.onEnqueued).toHaveBeenCalledTimes(1);
    expect(await sendMessage('getSyncStatus')).toMatchObject({ endpointConfigured: false, queued: 1 });
  });

  it('never returns or changes the write key unless asked, and flushOutbox delivers', async () => {
    const view = await sendMessage('saveSyncSettings', { url: 'https://collector.example', writeKey: 'wk_0123456789abcd' });
    expect(view).toEqual({ url: 'https://collector.example', sendUsage: false, writeKeyMasked: '••••abcd', hasWriteKey: true });
    expect(await sendMessage('saveSyncSettings', { sendUsage: true })).toMatchObject({ writeKeyMasked: '••••abcd', sendUsage: true });
    expect(JSON.stringify(await sendMessage('getSyncSettings'))).not.toContain('wk_0123');
    await sendMessage('trackEvents', [inserted]);
    expect(await sendMessage('flushOutbox')).toMatchObject({ sent: 1 });
    expect(posted).toHaveLength(1);
    await expect(sendMessage('saveSyncSettings', { url: 'ftp://x' })).rejects.toThrow(/settings\.url/);
  });

  it('checklist ticks round-trip through messages', async () => {
    const ref = { origin: 'https://acme.atlassian.net', objectKey: 'ABC-1', checklistId: 'dor' };
    expect(await sendMessage('getChecklistState', ref)).toBeNull();
    await sendMessage('saveChecklistTick', { ...ref, version: 1, itemId: 'ac', checked: true, itemIds: ['ac', 'tests'], mandatoryItemIds: ['ac'] });
    expect(await sendMessage('getChecklistState', ref)).toMatchObject({ ticks: { ac: { checked: true } }, completedAt: '2025-03-10T09:00:00.000Z' });
  });

  it('prompt decisions follow the recorded history and settings', async () => {
    const ref = { templateId: 'prd', templateVersion: 1 };
    expect(await sendMessage('getPromptDecision', ref)).toEqual({ show: true });
    await sendMessage('recordPromptShown', ref);
    expect(await sendMessage('getPromptDecision', ref)).toEqual({ show: false, reason: 'cooldown' });
    await sendMessage('saveUsageSettings', { prompts: { neverAsk: true }, usage: { retentionDays: 30 } });
    expect(await sendMessage('getUsageSettings')).toMatchObject({ usage: { retentionDays: 30, defaultMinutesSaved: 10 }, prompts: { neverAsk: true, cooldownDays: 14 } });
    await expect(sendMessage('saveUsageSettings', { usage: { retentionDays: 1 } })).rejects.toThrow('settings.usage.retentionDays: must be ≥ 7');
  });

  it('export → import through messages', async () => {
    await sendMessage('trackEvents', [inserted]);
    const file = await sendMessage('exportUsage');
    const foreign = { ...file, installId: '44444444-4444-4444-8444-444444444444', events: file.events.map((e) => ({ ...e, id: `t-${e.id}` })) };
    const result = await sendMessage('importUsage', { fileName: 'bo.json', json: JSON.stringify(foreign) });
    expect(result).toMatchObject({ events: 1, duplicates: 0 });
    expect(await sendMessage('getImports')).toHaveLength(1);
    const stats = await sendMessage('getAdoptionStats', { from: '2025-03-01', to: '2025-03-31', includeImports: true });
    expect(stats.cards.insertions).toBe(2);
    expect(await sendMessage('removeImport', { id: result.id })).toEqual({ removed: true });
  });
});

describe('alarms', () => {
  it('creates missing alarms once and runs retention and delivery on them', async () => {
    await ensureAlarms();
    const first = await fakeBrowser.alarms.getAll();
    await ensureAlarms();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([OUTBOX_ALARM, RETENTION_ALARM].sort());
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBe(first.find((a) => a.name === OUTBOX_ALARM));
    await sendMessage('trackEvents', [inserted]);
    (deps.clock as ReturnType<typeof testClock>).advance(200 * 24 * 3600_000);
    await alarmHandler(deps)({ name: RETENTION_ALARM, scheduledTime: 0, persistAcrossSessions: true } as Parameters<ReturnType<typeof alarmHandler>>[0]);
    expect(await db.count('events')).toBe(0);
    expect(await db.count('rollups')).toBe(1);
  });
});
