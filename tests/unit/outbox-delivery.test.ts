import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpsDatabase } from '@/utils/db';
import { submitComment, submitFeedback } from '@/utils/feedback/submit';
import { deliverOutbox, type DeliveryDeps } from '@/utils/outbox/deliver';
import { claimDue } from '@/utils/outbox/claim';
import { getSyncStatus } from '@/utils/outbox/status';
import { defaultServices } from '@/utils/services/defaults';
import { openTestDb, testClock } from './helpers/test-db';

const settings = { url: 'https://collector.example/', writeKey: 'wk_secret', sendUsage: false };
const INSTALL = '33333333-3333-4333-8333-333333333333';

/** A collector that records what it received and answers with the scripted statuses. */
function collector(...statuses: (number | 'network')[]) {
  const received: { url: string; headers: Record<string, string>; body: any }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const status = statuses.shift() ?? 200;
    if (status === 'network') throw new TypeError('Failed to fetch');
    received.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(init.body as string) });
    return new Response(status === 200 ? '{}' : 'bad', { status });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, received };
}

let db: OpsDatabase;
let clock: ReturnType<typeof testClock>;
let deps: (fetch: typeof globalThis.fetch) => DeliveryDeps;
beforeEach(async () => {
  db = await openTestDb();
  await db.put('meta', INSTALL, 'installId');
  clock = testClock();
  deps = (fetch) => ({ fetch, now: () => clock.now(), rand: () => 0.5 });
});

const rate = (score = 6, extra = {}) => submitFeedback(db, { serviceId: 'templates', score, ...extra }, defaultServices, clock);

describe('submitFeedback', () => {
  it('writes the rating, its usage event and an outbox item together', async () => {
    const { id } = await rate(6, { templateId: 'prd', templateVersion: 2, comment: 'smooth' });
    expect(await db.get('feedback', id)).toMatchObject({ serviceId: 'templates', question: 'ces', score: 6, comment: 'smooth' });
    expect((await db.getAll('events')).map((e) => e.type)).toEqual(['feedback_submitted']);
    expect(await db.get('outbox', id)).toMatchObject({ event: 'feedback_submitted', attempts: 0 });
    expect((await db.getAll('rollups'))[0]!.services.templates).toEqual({ question: 'ces', n: 1, sum: 6, dist: { '6': 1 } });
  });

  it('rejects unknown or inactive services and out-of-range scores without writing', async () => {
    await expect(rate(9)).rejects.toThrow('feedback.score: must be 1–7 for a ces question');
    await expect(submitFeedback(db, { serviceId: 'planning-process', score: 9 }, defaultServices, clock)).rejects.toThrow('no active service "planning-process"');
    await expect(submitFeedback(db, { serviceId: 'templates', score: 5, pageUrl: 'javascript:alert(1)' }, defaultServices, clock)).rejects.toThrow(/feedback\.pageUrl/);
    await expect(submitComment(db, { feedbackId: '00000000-0000-4000-8000-000000000999', comment: 'x' }, clock)).rejects.toThrow('no rating with id');
    for (const store of ['feedback', 'events', 'outbox'] as const) expect(await db.count(store)).toBe(0);
  });
});

describe('deliverOutbox', () => {
  it('posts a Segment batch with Basic auth (write key as user, empty password)', async () => {
    const { id } = await rate(6, { templateId: 'prd', templateVersion: 2 });
    const c = collector(200);
    expect(await deliverOutbox(db, settings, deps(c.fetch))).toEqual({ sent: 1, dropped: 0, failed: 0 });
    const [request] = c.received;
    expect(request!.url).toBe('https://collector.example/v1/batch');
    expect(request!.headers.authorization).toBe(`Basic ${btoa('wk_secret:')}`);
    expect(request!.body).toEqual({
      batch: [{
        type: 'track',
        event: 'feedback_submitted',
        properties: { serviceId: 'templates', question: 'ces', score: 6, templateId: 'prd', templateVersion: 2 },
        timestamp: '2025-03-10T09:00:00.000Z',
        messageId: id,
        anonymousId: INSTALL,
      }],
      sentAt: '2025-03-10T09:00:00.000Z',
    });
    expect(await db.count('outbox')).toBe(0);
  });

  it('keeps items on 5xx and network errors, backing off, and sends them later', async () => {
    await rate();
    const c = collector(503, 'network', 200);
    expect(await deliverOutbox(db, settings, deps(c.fetch))).toMatchObject({ failed: 1 });
    const [item] = await db.getAll('outbox');
    expect(item).toMatchObject({ attempts: 1, lastError: 'HTTP 503: bad', nextAttemptAt: clock.now().getTime() + 22_500 });
    expect(await deliverOutbox(db, settings, deps(c.fetch))).toMatchObject({ sent: 0, failed: 0 }); // not due yet
    clock.advance(22_500);
    expect(await deliverOutbox(db, settings, deps(c.fetch))).toMatchObject({ failed: 1 });
    expect((await db.getAll('outbox'))[0]).toMatchObject({ attempts: 2, lastError: 'network: Failed to fetch' });
    clock.advance(60_000);
    expect(await deliverOutbox(db, settings, deps(c.fetch))).toMatchObject({ sent: 1 });
    expect(await getSyncStatus(db, clock.now().getTime(), true)).toMatchObject({ queued: 0, lastDeliveredAt: clock.now().toISOString() });
  });

  it('drops payloads the collector calls invalid (400/422), counting them with the error visible', async () => {
    await rate();
    await rate(5);
    const c = collector(422);
    expect(await deliverOutbox(db, settings, deps(c.fetch))).toEqual({ sent: 0, dropped: 2, failed: 0 });
    expect(await getSyncStatus(db, clock.now().getTime(), true)).toMatchObject({
      queued: 0,
      droppedInvalid: 2,
      lastError: { status: 422, message: 'HTTP 422: bad', at: '2025-03-10T09:00:00.000Z' },
    });
  });

  it('is crash-safe: an attempt claimed by a killed worker is redelivered with the same messageId', async () => {
    const { id } = await rate();
    await claimDue(db, clock.now().getTime(), 100, () => 0.5); // worker dies right after claiming
    expect((await db.get('outbox', id))?.attempts).toBe(1);
    const c = collector(200);
    expect(await deliverOutbox(db, settings, deps(c.fetch))).toMatchObject({ sent: 0 }); // not before its backoff
    clock.advance(22_500);
    await deliverOutbox(db, settings, deps(c.fetch));
    expect(c.received.map((r) => r.body.batch[0].messageId)).toEqual([id]);
  });

  it('never claims one item twice when two delivery rounds overlap', async () => {
    for (let i = 0; i < 5; i++) await rate();
    const c = collector();
    const [a, b] = await Promise.all([deliverOutbox(db, settings, deps(c.fetch)), deliverOutbox(db, settings, deps(c.fetch))]);
    expect(a.sent + b.sent).toBe(5);
    const ids = c.received.flatMap((r) => r.body.batch.map((m: { messageId: string }) => m.messageId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sends in batches and leaves the queue alone when no endpoint is set', async () => {
    for (let i = 0; i < 5; i++) await rate();
    expect(await deliverOutbox(db, { ...settings, url: '' }, deps(collector().fetch))).toMatchObject({ skipped: 'no_endpoint' });
    const c = collector();
    expect(await deliverOutbox(db, settings, { ...deps(c.fetch), batchSize: 2 })).toMatchObject({ sent: 5 });
    expect(c.received.map((r) => r.body.batch.length)).toEqual([2, 2, 1]);
  });

  it('queues a follow-up comment as its own message and stores it on the rating', async () => {
    const { id } = await rate();
    const comment = await submitComment(db, { feedbackId: id, comment: 'More fields please' }, clock);
    expect((await db.get('feedback', id))?.comment).toBe('More fields please');
    expect(await db.get('outbox', comment.id)).toMatchObject({ event: 'feedback_commented', properties: { feedbackId: id, comment: 'More fields please' } });
  });
});
