/**
 * Issue 6, delivery: ratings from the popup reach a local Segment-compatible collector configured in
 * the Sync section. 500s and a dead collector lose nothing; a worker stopped mid-retry costs nothing;
 * after recovery each rating is accepted exactly once by messageId; a 400 is dropped, counted and shown.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readBody, startLocalServer, type Harness, type LocalServer } from './harness';
import { sendExtensionMessage } from './harness/messages';

const WRITE_KEY = 'wk_live_5f3a9c21e7';
type Mode = 'ok' | 'error500' | 'down' | 'hang' | 'invalid400';
interface Received {
  mode: Mode;
  authorization?: string;
  body: { batch: { type: string; event: string; messageId: string; anonymousId: string; properties: Record<string, unknown>; timestamp: string }[]; sentAt: string };
}

let harness: Harness;
let collector: LocalServer;
let mode: Mode = 'ok';
const received: Received[] = [];
const accepted: string[] = [];
const hung: ServerResponse[] = [];

function cors(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-headers', 'authorization, content-type');
  res.setHeader('access-control-allow-methods', 'POST');
}

async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  cors(res);
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  if (req.method !== 'POST' || url.pathname !== '/v1/batch') return void res.writeHead(404).end();
  const current = mode;
  if (current === 'down') return void req.socket.destroy();
  const body = JSON.parse(await readBody(req)) as Received['body'];
  received.push({ mode: current, authorization: req.headers.authorization, body });
  if (current === 'hang') return void hung.push(res);
  if (current === 'error500') return void res.writeHead(500).end('upstream unavailable');
  if (current === 'invalid400') return void res.writeHead(400).end('{"error":"invalid event"}');
  accepted.push(...body.batch.map((m) => m.messageId));
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
}

const feedbackIds = () =>
  harness.swEval(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('product-ops-kit');
        open.onsuccess = () => {
          const request = open.result.transaction('feedback').objectStore('feedback').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as string[]).sort());
          };
        };
      }),
  );

async function rate(service: string, score: string): Promise<void> {
  const popup = await harness.openPopup();
  await popup.getByRole('radiogroup', { name: service }).getByRole('radio', { name: score, exact: true }).click();
  await popup.getByText(new RegExp(`Saved: ${score}\\.`)).waitFor();
  await popup.close();
}

/** Ratings are held for the popup's undo window (15 s) before they become due. */
async function waitUntilDue(count: number): Promise<void> {
  await expect.poll(async () => (await sendExtensionMessage(harness, 'getSyncStatus')).due, { timeout: 25_000, interval: 1_000 }).toBe(count);
}

async function sendNow(sync: Page): Promise<string> {
  await sync.getByRole('button', { name: 'Send now' }).click();
  const message = sync.locator('p[role="status"], p[role="alert"]').last();
  await message.waitFor();
  await sync.getByRole('button', { name: 'Send now' }).and(sync.locator(':not([disabled])')).waitFor();
  return message.innerText();
}

const statusText = (sync: Page, testId: string) => sync.getByTestId(testId).innerText();

beforeAll(async () => {
  collector = await startLocalServer(handle);
  harness = await launch();
});
afterAll(async () => {
  for (const res of hung) res.destroy();
  await harness?.close();
  await collector?.close();
});

describe('delivery to a Segment-compatible collector', () => {
  let sync: Page;

  it('the Sync section saves the endpoint and a masked write key', async () => {
    sync = await harness.newPage(harness.extensionUrl('options.html#sync'));
    await sync.getByLabel('Collector endpoint URL').fill(collector.origin);
    await sync.getByLabel('Write key').fill(WRITE_KEY);
    await sync.getByRole('button', { name: 'Save sync settings' }).click();
    await sync.getByText('Sync settings saved.').waitFor();
    expect(await sync.getByLabel('Write key').inputValue()).toBe('');
    expect(await sync.getByLabel('Write key').getAttribute('placeholder')).toBe('••••e7 (leave empty to keep)'.replace('••••e7', `••••${WRITE_KEY.slice(-4)}`));
    await sync.reload();
    expect(await sync.content()).not.toContain(WRITE_KEY);
  });

  it('500, then down, then a worker stopped mid-retry lose nothing; after recovery each rating arrives once', { timeout: 120_000 }, async () => {
    await rate('Templates', '5');
    await rate('Product Ops support', '4');
    const ids = await feedbackIds();
    expect(ids).toHaveLength(2);
    await waitUntilDue(2);

    mode = 'error500';
    expect(await sendNow(sync)).toBe('Sent 0, rejected 0, still queued after failure 2.');
    expect(await statusText(sync, 'sync-last-error')).toMatch(/^HTTP 500: upstream unavailable/);
    expect(await statusText(sync, 'sync-queued')).toMatch(/^2 /);

    mode = 'down';
    expect(await sendNow(sync)).toBe('Sent 0, rejected 0, still queued after failure 2.');
    expect(await statusText(sync, 'sync-last-error')).toMatch(/^network: /);

    // The collector takes the request and never answers; the worker is stopped mid-request.
    mode = 'hang';
    const before = received.length;
    void sendExtensionMessage(harness, 'retryOutboxNow').catch(() => undefined);
    await expect.poll(() => received.length).toBe(before + 1);
    await harness.stopServiceWorker();
    for (const res of hung.splice(0)) res.destroy();
    expect((await sendExtensionMessage(harness, 'getSyncStatus')).queued).toBe(2);

    mode = 'ok';
    await sync.reload();
    expect(await sendNow(sync)).toBe('Sent 2, rejected 0, still queued after failure 0.');
    expect(await statusText(sync, 'sync-queued')).toMatch(/^0 /);

    // Exactly once by messageId: every rating accepted once, nothing else ever sent.
    expect([...accepted].sort()).toEqual(ids);
    expect(new Set(received.flatMap((r) => r.body.batch.map((m) => m.messageId)))).toEqual(new Set(ids));
    for (const request of received) {
      expect(request.authorization).toBe(`Basic ${Buffer.from(`${WRITE_KEY}:`).toString('base64')}`);
      expect(request.body.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      for (const message of request.body.batch) {
        expect(message).toMatchObject({ type: 'track', event: 'feedback_submitted', messageId: expect.any(String), timestamp: expect.any(String) });
        expect(message.anonymousId).toMatch(/^[0-9a-f-]{36}$/);
      }
    }
    const scores = Object.fromEntries(received.at(-1)!.body.batch.map((m) => [m.properties.serviceId, m.properties.score]));
    expect(scores).toEqual({ templates: 5, 'product-ops-support': 4 });
  });

  it('a 400 drops the batch, counts it, shows it, and does not retry forever', { timeout: 60_000 }, async () => {
    await rate('Templates', '2');
    await waitUntilDue(1);
    mode = 'invalid400';
    const before = received.length;
    expect(await sendNow(sync)).toBe('Sent 0, rejected 1, still queued after failure 0.');
    expect(await statusText(sync, 'sync-dropped')).toBe('1');
    expect(await statusText(sync, 'sync-last-error')).toMatch(/^HTTP 400: \{"error":"invalid event"\}/);
    expect(await statusText(sync, 'sync-queued')).toMatch(/^0 /);
    await sendNow(sync);
    expect(received.length).toBe(before + 1);
  });
});
