/**
 * Issue 8 §4, faults in the real browser: the MV3 worker stopped in the middle of a burst of writes and
 * in the middle of a slow delivery, IndexedDB running out of quota, the extension reloaded under an open
 * Jira page, and a database written by schema v1. Nothing is lost or counted twice.
 * Collector 500 / down / 400 and a worker stopped while the collector hangs: feedback-delivery.e2e.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readBody, startLocalServer, type Harness, type LocalServer } from './harness';
import { readStore, readStoreInPage } from './harness/idb';
import { sendExtensionMessage } from './harness/messages';
import { TRANSIENT_SEND_ERROR } from '../../utils/runtime/send-errors';

// Functions passed to swEval / page.evaluate run inside the extension, where `chrome` exists.
declare const chrome: typeof browser;

let faultsInjected = 0;
const inject = () => void faultsInjected++;
afterAll(() => console.log(`[faults] faults injected: ${faultsInjected}`));

type Mode = 'ok' | 'slow' | 'down';
let mode: Mode = 'ok';
const received: { mode: Mode; ids: string[]; events: string[] }[] = [];
const slowResponses: ServerResponse[] = [];

async function collect(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-headers', 'authorization, content-type');
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  if (url.pathname !== '/v1/batch') return void res.writeHead(404).end();
  const current = mode;
  if (current === 'down') return void req.socket.destroy();
  const { batch } = JSON.parse(await readBody(req)) as { batch: { messageId: string; event: string }[] };
  received.push({ mode: current, ids: batch.map((m) => m.messageId), events: batch.map((m) => m.event) });
  // A slow collector accepts the batch, then answers long after the worker that sent it is gone.
  if (current === 'slow') {
    slowResponses.push(res);
    return void setTimeout(() => res.writeHead(200).end('{"success":true}'), 4_000);
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
}

const inserted = (templateId: string, version: number) => ({
  type: 'template_inserted', templateId, version, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 500, usedFields: false, project: 'ABC',
});

interface StoredRow {
  id: string;
  ts: string;
  templateId?: string;
  version?: number;
}
interface RollupRow {
  templates: Record<string, { inserts: number }>;
}
const totalInserts = (rollups: RollupRow[]) => rollups.reduce((sum, r) => sum + Object.values(r.templates).reduce((s, t) => s + t.inserts, 0), 0);

/**
 * Sends trackEvents messages from an extension page the way content scripts do (utils/runtime/track.ts and
 * send-queue.ts): keyed batches, and a reply that never came because the worker went away is retried with
 * backoff. Message i leaves at i × `spacingMs`: messages sent all at once share one or two transactions
 * (group commit) and are stored before the worker can be stopped. Resolves to each message's attempts.
 */
function startBurst(page: Page, messages: number, perMessage: number, spacingMs: number): Promise<number[]> {
  return page.evaluate(
    async ([messages, perMessage, spacingMs, pattern]) => {
      const transient = new RegExp(pattern, 'i');
      const send = async (i: number) => {
        await new Promise((resolve) => setTimeout(resolve, i * spacingMs));
        const events = Array.from({ length: perMessage }, (_, j) => ({
          type: 'template_inserted', templateId: `burst-${i}`, version: j + 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 500, usedFields: false, project: 'ABC',
        }));
        const data = { batchId: crypto.randomUUID(), events };
        for (let attempt = 1; ; attempt++) {
          try {
            const reply = await chrome.runtime.sendMessage({ id: i * 100 + attempt, type: 'trackEvents', data, timestamp: Date.now() });
            if (reply?.err) throw new Error(reply.err.message);
            if (!reply) throw new Error('No response');
            return attempt;
          } catch (error) {
            if (attempt >= 8 || !transient.test((error as Error).message)) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 1)));
          }
        }
      };
      return Promise.all(Array.from({ length: messages }, (_, i) => send(i)));
    },
    [messages, perMessage, spacingMs, TRANSIENT_SEND_ERROR.source] as const,
  );
}

/** Events in the extension's IndexedDB, read from an extension page: works while the worker is stopped. */
async function countEvents(page: Page): Promise<number> {
  return (await page.evaluate(readStoreInPage, 'events')).length;
}

describe('one running extension', () => {
  let harness: Harness;
  let collector: LocalServer;
  let page: Page;

  beforeAll(async () => {
    collector = await startLocalServer(collect);
    harness = await launch();
    page = await harness.openPopup();
  });
  afterAll(async () => {
    for (const res of slowResponses) res.destroy();
    await harness?.close();
    await collector?.close();
  });

  it('a worker stopped in the middle of a burst of writes loses no event and counts none twice', { timeout: 90_000 }, async () => {
    // Spread over 3 s, so even an unloaded machine is still writing when the worker is stopped (CI runs alone).
    const messages = 150;
    const perMessage = 40;
    const burst = startBurst(page, messages, perMessage, 20);
    await expect.poll(() => countEvents(page), { interval: 20, timeout: 20_000 }).toBeGreaterThan(0);
    await harness.stopServiceWorker();
    inject();
    const atStop = await countEvents(page);
    const attempts = await burst;
    console.log(`[faults] burst: ${atStop} of ${messages * perMessage} events stored when the worker stopped; ${attempts.filter((a) => a > 1).length} messages retried`);
    expect(atStop, 'the worker was stopped mid-burst').toBeLessThan(messages * perMessage);

    const events = await readStore<StoredRow>(harness, 'events');
    expect(events).toHaveLength(messages * perMessage);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(new Set(events.map((e) => `${e.templateId}@${e.version}`)).size, 'each sent event stored once').toBe(messages * perMessage);
    expect(totalInserts(await readStore<RollupRow>(harness, 'rollups')), 'rollups count each event once').toBe(messages * perMessage);
    expect(totalInserts(await readStore<RollupRow>(harness, 'dayTotals')), 'so do the day totals').toBe(messages * perMessage);
  });

  it('a slow collector with the worker stopped mid-request: everything delivered, each event accepted once by messageId', { timeout: 90_000 }, async () => {
    await sendExtensionMessage(harness, 'saveSyncSettings', { url: collector.origin, writeKey: 'wk_faults', sendUsage: true });
    mode = 'slow';
    const before = received.length;
    await sendExtensionMessage(harness, 'trackEvents', [inserted('slow', 1), inserted('slow', 2), inserted('slow', 3)] as never);
    // trackEvents starts a delivery round at once; stop the worker while the collector is still "thinking".
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(before + 1);
    await harness.stopServiceWorker();
    inject();
    const ids = (await readStore<StoredRow>(harness, 'events')).filter((e) => e.templateId === 'slow').map((e) => e.id).sort();
    expect(ids).toHaveLength(3);
    expect((await sendExtensionMessage(harness, 'getSyncStatus')).queued, 'still queued: the answer never reached a worker').toBe(3);

    mode = 'ok';
    expect(await sendExtensionMessage(harness, 'retryOutboxNow')).toMatchObject({ sent: 3, failed: 0 });
    expect((await sendExtensionMessage(harness, 'getSyncStatus')).queued).toBe(0);
    const deliveries = received.slice(before);
    // The resend carries the same messageIds, so a collector that de-duplicates (Segment does) accepts each once.
    expect(new Set(deliveries.flatMap((d) => d.ids))).toEqual(new Set(ids));
    for (const delivery of deliveries) expect([...delivery.ids].sort()).toEqual(ids);
    expect(deliveries.map((d) => d.mode)).toEqual(['slow', 'ok']);
    expect((await readStore<StoredRow>(harness, 'events')).filter((e) => e.templateId === 'slow'), 'not recorded twice locally').toHaveLength(3);
  });

  it('quota exceeded: the oldest raw events are pruned, rollups and queued outbox items kept, the dashboard says so', { timeout: 90_000 }, async () => {
    mode = 'down';
    await sendExtensionMessage(harness, 'trackEvents', [inserted('queued', 1), inserted('queued', 2)] as never);
    await expect.poll(async () => (await sendExtensionMessage(harness, 'getSyncStatus')).queued).toBe(2);
    const eventsBefore = await readStore<StoredRow>(harness, 'events');
    const insertsBefore = totalInserts(await readStore<RollupRow>(harness, 'rollups'));
    const outboxBefore = (await readStore<{ id: string }>(harness, 'outbox')).map((o) => o.id).sort();

    // The next two writes to the events store fail as a full disk makes them fail.
    await harness.swEval(() => {
      const original = IDBObjectStore.prototype.put;
      let failures = 2;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'events' && failures > 0) {
          failures--;
          if (failures === 0) IDBObjectStore.prototype.put = original;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    });
    faultsInjected += 2;
    const fresh = [inserted('after-quota', 1), inserted('after-quota', 2), inserted('after-quota', 3)];
    expect(await sendExtensionMessage(harness, 'trackEvents', fresh as never)).toEqual({ stored: 3 });

    const eventsAfter = await readStore<StoredRow>(harness, 'events');
    const pruned = eventsBefore.length + fresh.length - eventsAfter.length;
    // Two rounds: each drops the oldest 10 % (at least 100) of what is there.
    const first = Math.max(100, Math.ceil(eventsBefore.length / 10));
    expect(pruned).toBe(first + Math.max(100, Math.ceil((eventsBefore.length - first) / 10)));
    const byAge = [...eventsBefore].sort((a, b) => a.ts.localeCompare(b.ts) || a.id.localeCompare(b.id));
    const kept = new Set(eventsAfter.map((e) => e.id));
    expect(byAge.slice(-(eventsBefore.length - pruned)).every((e) => kept.has(e.id)), 'the newest events are kept').toBe(true);
    expect(eventsAfter.filter((e) => e.templateId === 'after-quota')).toHaveLength(3);
    expect(totalInserts(await readStore<RollupRow>(harness, 'rollups')), 'rollups keep every insert, pruned ones included').toBe(insertsBefore + 3);
    const outboxAfter = (await readStore<{ id: string }>(harness, 'outbox')).map((o) => o.id);
    expect(outboxAfter, 'queued items survive pruning').toEqual(expect.arrayContaining(outboxBefore));
    expect(outboxAfter).toHaveLength(outboxBefore.length + 3);

    const options = await harness.newPage(harness.extensionUrl('options.html#adoption'));
    await expect.poll(() => options.getByRole('note').innerText(), { timeout: 15_000 }).toContain(`the ${pruned.toLocaleString('en-US')} oldest raw events were pruned`);
    await options.close();
  });

  it('reloading the extension under an open Jira page removes our UI; the orphaned script errs nowhere', { timeout: 90_000 }, async () => {
    const jira = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    const consoleErrors: string[] = [];
    jira.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await jira.waitForFunction(() => document.documentElement.dataset.popsSite === 'jira-cloud');
    await jira.click('[data-testid="issue.views.field.rich-text.description"]');
    const button = jira.getByRole('button', { name: 'Insert template' }).first();
    await button.waitFor();
    const box = (await button.boundingBox())!;
    const errorsBefore = harness.pageErrors.length;

    // The worker dies with the reload, so the evaluation itself may never answer.
    await harness.swEval(() => chrome.runtime.reload()).catch(() => undefined);
    inject();
    await jira.waitForTimeout(1_500);

    // Chrome tells an orphaned content script nothing; the user's next interaction makes it notice.
    await jira.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await jira.mouse.down();
    await jira.mouse.up();
    await expect.poll(() => jira.locator('[data-pops]').count(), { timeout: 10_000 }).toBe(0);
    expect(await jira.evaluate(() => ({ ...document.documentElement.dataset }))).not.toHaveProperty('popsSite');
    // Clicking and typing where our button was does nothing of ours and breaks nothing of Jira's.
    await jira.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await jira.keyboard.press('Alt+Shift+T');
    await jira.waitForTimeout(1_000);
    expect(await jira.getByRole('dialog', { name: 'Templates' }).count()).toBe(0);
    expect(harness.pageErrors.slice(errorsBefore)).toEqual([]);
    expect(consoleErrors.filter((text) => /Extension context invalidated|Product Ops Kit/i.test(text))).toEqual([]);
    await jira.close();
  });
});

describe('a database written by schema v1', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('is upgraded in the browser by the background on first use, losing nothing', { timeout: 60_000 }, async () => {
    // Written with v1's own schema code (utils/db/upgrades.ts toV1), before the background opens the database.
    await harness.swEval(
      () =>
        new Promise<void>((resolve, reject) => {
          const removed = indexedDB.deleteDatabase('product-ops-kit');
          removed.onerror = () => reject(removed.error);
          removed.onsuccess = () => {
            const open = indexedDB.open('product-ops-kit', 1);
            open.onupgradeneeded = () => {
              const db = open.result;
              db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-ts', 'ts');
              db.createObjectStore('feedback', { keyPath: 'id' });
              db.createObjectStore('meta');
              const tx = open.transaction!;
              const base = { type: 'template_inserted', templateId: 'prd', version: 2, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', usedFields: true, project: 'ABC' };
              tx.objectStore('events').put({ ...base, id: 'v1-e1', ts: '2025-01-06T10:00:00.000Z', ms: 1200 });
              tx.objectStore('events').put({ ...base, id: 'v1-e2', ts: '2025-01-06T11:00:00.000Z', ms: 800 });
              tx.objectStore('events').put({ id: 'v1-e3', ts: '2025-01-07T09:00:00.000Z', type: 'feedback_submitted', serviceId: 'templates', question: 'ces', score: 6 });
              tx.objectStore('feedback').put({ id: '11111111-aaaa-4aaa-8aaa-111111111111', serviceId: 'templates', question: 'ces', score: 6, ts: '2025-01-07T09:00:00.000Z' });
              tx.objectStore('meta').put('22222222-2222-4222-8222-222222222222', 'installId');
            };
            open.onerror = () => reject(open.error);
            open.onsuccess = () => (open.result.close(), resolve());
          };
        }),
    );
    // A fresh worker, as after a browser restart with the updated extension.
    await harness.stopServiceWorker();
    inject();

    const stats = await sendExtensionMessage(harness, 'getAdoptionStats', { from: '2025-01-01', to: '2025-01-31' });
    expect(stats.cards).toMatchObject({ insertions: 2 });
    const layout = await harness.swEval(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve) => {
          const open = indexedDB.open('product-ops-kit');
          open.onsuccess = () => {
            const result = { version: open.result.version, stores: [...open.result.objectStoreNames].sort() };
            open.result.close();
            resolve(result);
          };
        }),
    );
    expect(layout).toEqual({ version: 3, stores: ['checklistState', 'complianceSeen', 'dayTotals', 'events', 'feedback', 'importedEvents', 'importedRollups', 'imports', 'meta', 'outbox', 'rollups', 'siteDayTotals'] });
    expect((await readStore<StoredRow>(harness, 'events')).map((e) => e.id).sort()).toEqual(['v1-e1', 'v1-e2', 'v1-e3']);
    expect(await readStore(harness, 'feedback')).toHaveLength(1);
    const rollups = await readStore<RollupRow & { key: string; services: Record<string, { n: number }> }>(harness, 'rollups');
    expect(rollups.find((r) => r.key === '2025-01-06|jira-cloud|ABC')?.templates.prd?.inserts).toBe(2);
    expect(rollups.find((r) => r.key === '2025-01-07|-|-')?.services.templates?.n).toBe(1);
    // The v1 install id stays this browser's identity (exports and Segment's anonymousId).
    expect((await sendExtensionMessage(harness, 'exportUsage')).installId).toBe('22222222-2222-4222-8222-222222222222');
  });
});
