import { beforeEach, describe, expect, it } from 'vitest';
import type { OpsDatabase } from '@/utils/db';
import { recordCompliance } from '@/utils/metrics/compliance';
import { getAdoptionStats } from '@/utils/metrics/stats';
import { openTestDb, testClock } from './helpers/test-db';

const settings = { retentionDays: 180, defaultMinutesSaved: 10, minutesSaved: {} };
const march = { from: '2025-03-01', to: '2025-03-31' };
const page = (objectKey: string, score: number, missing: string[] = []) => ({
  origin: 'https://acme.atlassian.net',
  objectKey,
  check: { type: 'compliance_checked', site: 'confluence-cloud', project: 'ENG', templateId: 'decision-record', version: 1, score, missing },
});

let db: OpsDatabase;
let clock: ReturnType<typeof testClock>;
beforeEach(async () => {
  db = await openTestDb();
  clock = testClock();
});

const decisionRecordRow = async () => (await getAdoptionStats(db, march, settings)).templates.find((t) => t.templateId === 'decision-record');

describe('compliance per page', () => {
  it('counts a page once however often it is viewed', async () => {
    expect(await recordCompliance(db, page('123', 0.5, ['consequences']), clock, false)).toEqual({ recorded: true });
    clock.advance(60_000);
    expect(await recordCompliance(db, page('123', 0.5, ['consequences']), clock, false)).toEqual({ recorded: false });
    expect(await recordCompliance(db, page('456', 1), clock, false)).toEqual({ recorded: true });
    expect(await db.count('events')).toBe(2);
    expect(await decisionRecordRow()).toMatchObject({ complianceScore: 0.75, mostMissingSection: 'consequences' });
  });

  it('a page that changed counts as it is now, also when the older check was on another day', async () => {
    await recordCompliance(db, page('123', 0.5, ['consequences']), clock, false);
    clock.set('2025-03-12T09:00:00.000Z');
    expect(await recordCompliance(db, page('123', 1), clock, false)).toEqual({ recorded: true });
    // Both checks stay in the raw log; the rollups hold only the latest.
    expect((await db.getAll('events')).map((e) => e.type === 'compliance_checked' && e.score)).toEqual([0.5, 1]);
    const dayOne = await db.get('dayTotals', '2025-03-10');
    expect(dayOne?.templates['decision-record']).toMatchObject({ complianceN: 0, complianceSum: 0, missing: {} });
    expect((await db.get('siteDayTotals', 'confluence-cloud|2025-03-12'))?.templates['decision-record']).toMatchObject({ complianceN: 1, complianceSum: 1 });
    expect(await decisionRecordRow()).toMatchObject({ complianceScore: 1, mostMissingSection: null });
    expect((await getAdoptionStats(db, { from: '2025-03-10', to: '2025-03-10' }, settings)).templates[0]?.complianceScore ?? null).toBeNull();
  });

  it('refuses page text in a check, writing nothing', async () => {
    const bad = { ...page('123', 0.5), check: { ...page('123', 0.5).check, title: 'Q3 pricing decision' } };
    await expect(recordCompliance(db, bad, clock, false)).rejects.toThrow(/compliance\.check\.title: unknown key/);
    await expect(recordCompliance(db, { ...page('123', 0.5), objectKey: 'a page title' }, clock, false)).rejects.toThrow(/compliance\.objectKey/);
    expect(await db.count('events')).toBe(0);
    expect(await db.count('complianceSeen')).toBe(0);
  });
});
