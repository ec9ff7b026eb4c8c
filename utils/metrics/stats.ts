/** getAdoptionStats: loads rollups (never the raw log), at the coarsest grain that answers, for the pure aggregator. */
import { localDay } from '../calendar';
import type { OpsDatabase } from '../db';
import { readCounter } from '../db/meta';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import type { UsageSettings } from '../schemas/settings';
import { statsFiltersSchema, type Rollup, type StatsFilters } from '../schemas/usage';
import { aggregateStats, personSummary } from './aggregate';
import { readRollupsUpTo } from './grains';
import { teammatesUpTo } from './imports';
import { addDays } from './weeks';

const matches = (filters: StatsFilters) => (r: Rollup) =>
  (!filters.site || r.site === filters.site) && (!filters.project || r.project === filters.project);

export async function getAdoptionStats(db: OpsDatabase, input: unknown, settings: UsageSettings) {
  const filters = parseOrThrow(statsFiltersSchema, input, 'filters');
  if (filters.from > filters.to) throw new InvalidInputError(['filters.from: must not be after filters.to']);
  const own = await readRollupsUpTo(db, filters, filters.to);
  const team = filters.includeImports ? await teammatesUpTo(db, filters, filters.to) : [];
  const inRangeOf = (rollups: readonly Rollup[]) => rollups.filter((r) => r.day >= filters.from && matches(filters)(r));
  const allTime = [own, ...team.map((t) => t.rollups)].flat().filter(matches(filters));
  const inRange = allTime.filter((r) => r.day >= filters.from);
  const stats = aggregateStats(inRange, allTime, {
    from: filters.from,
    to: filters.to,
    minutesSaved: settings.minutesSaved,
    defaultMinutesSaved: settings.defaultMinutesSaved,
    mandatoryItems: filters.mandatoryItems,
  });
  const [prunedForQuota, prunedForRetention, droppedInvalid] = await Promise.all([
    readCounter(db, 'prunedForQuota'),
    readCounter(db, 'prunedForRetention'),
    readCounter(db, 'droppedInvalid'),
  ]);
  // "By whom": only with team imports on, as one browser is one person.
  const people = filters.includeImports
    ? [
        { importId: null, ...personSummary(inRangeOf(own)) },
        ...team.map(({ record, rollups }) => ({ importId: record.id, fileName: record.fileName, installId: record.installId, ...personSummary(inRangeOf(rollups)) })),
      ]
    : [];
  return { ...stats, people, storage: { prunedForQuota, prunedForRetention, droppedInvalid }, includesImports: filters.includeImports === true };
}
export type AdoptionStats = Awaited<ReturnType<typeof getAdoptionStats>>;

/** Popup's "this week" strip: insertions and ratings for the last N weeks (default 8). */
export async function getWeeklyUsage(db: OpsDatabase, weeks: number, now: Date) {
  const to = localDay(now);
  const from = addDays(to, -weeks * 7);
  const rollups = await db.getAll('dayTotals', IDBKeyRange.bound(from, to));
  const stats = aggregateStats(rollups, [], { from, to, minutesSaved: {}, defaultMinutesSaved: 0 });
  return {
    weeks: stats.weeklyInsertions.map(({ week, byTemplate }) => ({
      week,
      insertions: Object.values(byTemplate).reduce((a, b) => a + b, 0),
    })),
    ratings: stats.services.reduce((n, s) => n + s.responses, 0),
  };
}
