import { beforeEach, describe, expect, it } from 'vitest';
import type { OpsDatabase } from '@/utils/db';
import { submitComment, submitFeedback } from '@/utils/feedback/submit';
import { CHANGE_HOLD_MS, updateFeedback } from '@/utils/feedback/update';
import { getAdoptionStats } from '@/utils/metrics/stats';
import { claimDue } from '@/utils/outbox/claim';
import { deliverOutbox } from '@/utils/outbox/deliver';
import { defaultServices } from '@/utils/services/defaults';
import { openTestDb, testClock } from './helpers/test-db';

const usage = { retentionDays: 180, defaultMinutesSaved: 10, minutesSaved: {} };
const range = { from: '2025-03-01', to: '2025-03-31' };

let db: OpsDatabase;
let clock: ReturnType<typeof testClock>;
beforeEach(async () => {
  db = await openTestDb();
  clock = testClock();
});

const rate = (score: number, extra = {}) =>
  submitFeedback(db, { serviceId: 'templates', score, ...extra }, defaultServices, clock, { holdMs: CHANGE_HOLD_MS });

describe('updateFeedback (popup undo window)', () => {
  it('replaces the score everywhere without counting a second rating', async () => {
    const { id } = await rate(2, { templateId: 'prd', templateVersion: 1 });
    clock.advance(4_000);
    expect(await updateFeedback(db, { feedbackId: id, score: 6 }, clock)).toEqual({ id, score: 6 });

    expect(await db.get('feedback', id)).toMatchObject({ score: 6 });
    expect(await db.get('events', id)).toMatchObject({ score: 6 });
    expect((await db.get('outbox', id))!.properties).toMatchObject({ score: 6 });
    const [rollup] = await db.getAll('rollups');
    expect(rollup!.services.templates).toEqual({ question: 'ces', n: 1, sum: 6, dist: { '6': 1 } });
    expect(rollup!.templates.prd).toMatchObject({ cesSum: 6, cesN: 1 });
    const stats = await getAdoptionStats(db, range, usage);
    expect(stats.services).toMatchObject([{ serviceId: 'templates', responses: 1, average: 6 }]);
  });

  it('holds the rating out of delivery until the window is over', async () => {
    const { id } = await rate(5);
    expect(await claimDue(db, clock.now().getTime(), 10, () => 0.5, true)).toEqual([]);
    clock.advance(CHANGE_HOLD_MS);
    expect((await claimDue(db, clock.now().getTime(), 10, () => 0.5)).map((i) => i.id)).toEqual([id]);
  });

  it('refuses a change after the window, after a send attempt, or out of range, writing nothing', async () => {
    const { id } = await rate(5);
    await expect(updateFeedback(db, { feedbackId: id, score: 9 }, clock)).rejects.toThrow('update.score: must be 1–7 for a ces question');
    await expect(updateFeedback(db, { feedbackId: '00000000-0000-4000-8000-000000000999', score: 3 }, clock)).rejects.toThrow('no rating with id');
    clock.advance(CHANGE_HOLD_MS + 1);
    await expect(updateFeedback(db, { feedbackId: id, score: 3 }, clock)).rejects.toThrow('the undo window is over');
    expect(await db.get('feedback', id)).toMatchObject({ score: 5 });
    expect((await db.getAll('rollups'))[0]!.services.templates!.sum).toBe(5);
  });

  it('"Send now" (force) retries items in backoff; the retry carries the same messageId', async () => {
    const { id } = await rate(4);
    clock.advance(CHANGE_HOLD_MS);
    const bodies: any[] = [];
    let status = 500;
    const fetch = (async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(init.body as string));
      return new Response('', { status });
    }) as unknown as typeof globalThis.fetch;
    const settings = { url: 'http://collector.test', writeKey: 'k', sendUsage: false };
    const deps = { fetch, now: () => clock.now(), rand: () => 0.5 };
    expect(await deliverOutbox(db, settings, deps)).toMatchObject({ failed: 1 });
    expect(await deliverOutbox(db, settings, deps)).toMatchObject({ sent: 0, failed: 0 });
    status = 200;
    expect(await deliverOutbox(db, settings, { ...deps, force: true })).toMatchObject({ sent: 1 });
    expect(bodies.map((b) => b.batch[0].messageId)).toEqual([id, id]);
  });

  it('a comment carries the page URL only when given', async () => {
    const { id } = await rate(6);
    const withPage = await submitComment(db, { feedbackId: id, comment: 'ok', pageUrl: 'https://acme.atlassian.net/browse/ABC-1' }, clock);
    expect((await db.get('outbox', withPage.id))!.properties).toEqual({
      feedbackId: id,
      serviceId: 'templates',
      comment: 'ok',
      pageUrl: 'https://acme.atlassian.net/browse/ABC-1',
    });
    const without = await submitComment(db, { feedbackId: id, comment: 'again' }, clock);
    expect((await db.get('outbox', without.id))!.properties).not.toHaveProperty('pageUrl');
  });
});
