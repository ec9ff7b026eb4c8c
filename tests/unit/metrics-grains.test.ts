/**
 * The dashboard reads day totals, day × site totals or project rollups depending on its filters
 * (utils/metrics/grains.ts). Whatever is recorded, each of those reads must give exactly the stats
 * the finest rollups give when filtered in memory, which is how the dashboard read before; and so
 * must a teammate's imported file, which is stored at the same grains.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpsDatabase } from '@/utils/db';
import { aggregateStats, personSummary } from '@/utils/metrics/aggregate';
import { exportUsage, importUsage } from '@/utils/metrics/imports';
import { getAdoptionStats } from '@/utils/metrics/stats';
import { openOpsDb } from '@/utils/db';
import type { UsageEvent } from '@/utils/schemas/events';
import type { SiteId } from '@/utils/schemas/site';
import type { Rollup, StatsFilters } from '@/utils/schemas/usage';
import { RUNS } from './property-arbitraries';
import { openTestDb, testClock, testRecorder } from './helpers/test-db';

const SITES: SiteId[] = ['jira-cloud', 'jira-dc', 'confluence-cloud', 'confluence-dc'];
const PROJECTS = ['ABC', 'OPS'];
const settings = { retentionDays: 180, defaultMinutesSaved: 10, minutesSaved: { prd: 25 } };

const dims = fc.record({ site: fc.constantFrom(...SITES), project: fc.option(fc.constantFrom(...PROJECTS), { nil: undefined }) }).map(
  ({ site, project }) => ({ site, ...(project && { project }) }),
);
const templateId = fc.constantFrom('prd', 'bug-report', 'user-story');
// Scores in quarters add up exactly in any order, so the grains can be compared with toEqual.
const quarter = fc.integer({ min: 0, max: 4 }).map((n) => n / 4);

const event: fc.Arbitrary<UsageEvent> = fc.oneof(
  fc.record({ d: dims, templateId, version: fc.integer({ min: 1, max: 3 }), ms: fc.integer({ min: 1, max: 500 }) }).map(
    ({ d, ...e }): UsageEvent => ({ type: 'template_inserted', ...d, ...e, page: 'issue', editor: 'prosemirror', usedFields: true }),
  ),
  fc.record({ d: dims, templateId, score: quarter, missing: fc.subarray(['context', 'consequences']) }).map(
    ({ d, ...e }): UsageEvent => ({ type: 'compliance_checked', ...d, ...e, version: 1 }),
  ),
  fc.record({ d: fc.option(dims, { nil: undefined }), templateId, score: fc.integer({ min: 1, max: 7 }) }).map(
    ({ d, ...e }): UsageEvent => ({ type: 'feedback_submitted', ...d, ...e, serviceId: 'templates', question: 'ces' }),
  ),
  fc.record({ d: dims, msToComplete: fc.integer({ min: 0, max: 1e6 }) }).map(
    ({ d, msToComplete }): UsageEvent => ({ type: 'checklist_completed', ...d, checklistId: 'definition-of-ready', version: 1, msToComplete }),
  ),
  fc.record({ d: dims, itemId: fc.constantFrom('estimated', 'user-value'), checked: fc.boolean() }).map(
    ({ d, ...e }): UsageEvent => ({ type: 'checklist_item_toggled', ...d, ...e, checklistId: 'definition-of-ready', version: 1 }),
  ),
  dims.map((d): UsageEvent => ({ type: 'insert_failed', ...d, editor: 'tinymce', reason: 'paste-ignored' })),
);
/** March 2025, plus a late-February day so "all time" reaches before the range. */
const day = fc.integer({ min: 0, max: 20 }).map((n) => new Date(Date.UTC(2025, 1, 27 + n, 9)).toISOString());

/** Table rows in a fixed order: grains may meet ids in a different order. */
function canonical(stats: ReturnType<typeof aggregateStats>) {
  const by = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    ...stats,
    cards: { ...stats.cards, averageCesByService: by(stats.cards.averageCesByService, (s) => s.serviceId) },
    weeklyInsertions: stats.weeklyInsertions.map(({ week, byTemplate }) => ({ week, byTemplate: Object.fromEntries(Object.entries(byTemplate).sort()) })),
    templates: by(stats.templates, (t) => t.templateId).map((t) => ({ ...t, versions: Object.fromEntries(Object.entries(t.versions).sort()) })),
    checklists: by(stats.checklists, (c) => c.checklistId),
    services: by(stats.services, (s) => s.serviceId).map((s) => ({ ...s, distribution: Object.fromEntries(Object.entries(s.distribution).sort()) })),
    failures: by(stats.failures, (f) => `${f.site}|${f.editor}`),
    review: by(stats.review, (r) => `${r.templateId}|${r.reason}`),
  };
}

/** The old read: every finest rollup up to `to` (ours, and an imported file's when asked), filtered in memory. */
async function reference(db: OpsDatabase, filters: StatsFilters, imported: readonly Rollup[]) {
  const matches = (r: Rollup) => (!filters.site || r.site === filters.site) && (!filters.project || r.project === filters.project);
  const own = await db.getAll('rollups');
  const inRangeOf = (rollups: readonly Rollup[]) => rollups.filter((r) => r.day >= filters.from && r.day <= filters.to && matches(r));
  const allTime = [...own, ...(filters.includeImports ? imported : [])].filter((r) => r.day <= filters.to && matches(r));
  const inRange = allTime.filter((r) => r.day >= filters.from);
  const stats = aggregateStats(inRange, allTime, { ...filters, minutesSaved: settings.minutesSaved, defaultMinutesSaved: settings.defaultMinutesSaved });
  const people = filters.includeImports ? [personSummary(inRangeOf(own)), ...(imported.length ? [personSummary(inRangeOf(imported))] : [])] : [];
  return { stats, people };
}

let db: OpsDatabase;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

async function record(into: OpsDatabase, recorded: readonly [string, UsageEvent][], clock: ReturnType<typeof testClock>) {
  for (const [ts, e] of recorded) {
    clock.set(ts);
    await testRecorder(into, clock)([e]);
  }
}

/** A teammate's browser records `recorded` and exports it. */
async function teammateExport(recorded: readonly [string, UsageEvent][]) {
  const theirs = await openOpsDb(`teammate-${Math.random()}`);
  const clock = testClock(undefined, 2);
  await theirs.put('meta', '22222222-2222-4222-8222-222222222222', 'installId');
  await record(theirs, recorded, clock);
  const file = await exportUsage(theirs, clock);
  theirs.close();
  return file;
}

const history = fc.array(fc.tuple(day, event), { minLength: 1, maxLength: 40 });

describe('rollup grains', () => {
  it('give the same stats as the finest rollups, for every filter, with and without a teammate import', async () => {
    await fc.assert(
      fc.asyncProperty(history, fc.option(history, { nil: undefined }), async (recorded, teammate) => {
        db.close();
        db = await openTestDb();
        const clock = testClock();
        await record(db, recorded, clock);
        const file = teammate && (await teammateExport(teammate));
        if (file) await importUsage(db, { json: JSON.stringify(file) }, clock);
        const narrowings: Pick<StatsFilters, 'site' | 'project'>[] = [{}, ...SITES.map((site) => ({ site })), ...PROJECTS.map((project) => ({ project })), { site: 'jira-cloud', project: 'ABC' }];
        const filterSets: StatsFilters[] = narrowings.flatMap((f) => [false, true].map((includeImports) => ({ from: '2025-03-01', to: '2025-03-12', includeImports, ...f })));
        for (const filters of filterSets) {
          const { storage: _storage, includesImports: _imports, people, ...stats } = await getAdoptionStats(db, filters, settings);
          const expected = await reference(db, filters, file?.rollups ?? []);
          expect(canonical(stats), JSON.stringify(filters)).toEqual(canonical(expected.stats));
          const summaries = people.map(({ insertions, templatesUsed, activeDays, checklistsCompleted, ratings, lastActiveDay }) => ({ insertions, templatesUsed, activeDays, checklistsCompleted, ratings, lastActiveDay }));
          expect(summaries, JSON.stringify(filters)).toEqual(expected.people);
        }
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 4)) },
    );
  });

  it('keep one record per day, per site and day, per site, project and day', async () => {
    const clock = testClock('2025-03-10T09:00:00.000Z');
    const inserted = (site: SiteId, project?: string): UsageEvent => ({
      type: 'template_inserted', templateId: 'prd', version: 1, site, ...(project && { project }), page: 'issue', editor: 'prosemirror', ms: 10, usedFields: true,
    });
    await testRecorder(db, clock)([inserted('jira-cloud', 'ABC'), inserted('jira-cloud', 'PAY'), inserted('confluence-cloud', 'ENG'), inserted('confluence-cloud')]);
    await testRecorder(db, clock)([{ type: 'feedback_submitted', serviceId: 'templates', question: 'csat', score: 4 }]);
    expect((await db.getAllKeys('rollups')).sort()).toEqual([
      '2025-03-10|-|-', '2025-03-10|confluence-cloud|-', '2025-03-10|confluence-cloud|ENG', '2025-03-10|jira-cloud|ABC', '2025-03-10|jira-cloud|PAY',
    ]);
    // A rating from the popup has no site: it is in the day total only.
    expect(await db.getAllKeys('siteDayTotals')).toEqual(['confluence-cloud|2025-03-10', 'jira-cloud|2025-03-10']);
    expect((await db.get('siteDayTotals', 'jira-cloud|2025-03-10'))?.templates.prd?.inserts).toBe(2);
    const day = await db.get('dayTotals', '2025-03-10');
    expect(day).toMatchObject({ key: '2025-03-10', day: '2025-03-10', counts: { template_inserted: 4, feedback_submitted: 1 } });
    expect(day).not.toHaveProperty('site');
  });
});
