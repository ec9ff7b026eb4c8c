/**
 * Every event is rolled up at three grains, so each dashboard query reads the coarsest store that
 * can answer its filters. A department-scale year is ~13k day × site × project rollups (36 MB,
 * seconds to read back), but only 365 day totals.
 */
import type { OpsDatabase } from '../db';
import type { Rollup, StatsFilters } from '../schemas/usage';
import { emptyRollup, mergeRollup, rollupKeyOf, type RollupScope } from './rollup';

export interface Grain {
  store: 'rollups' | 'siteDayTotals' | 'dayTotals';
  /** The part of a finest scope this grain keeps, or undefined when it keeps no record for it. */
  scope(finest: RollupScope): RollupScope | undefined;
  keyOf(scope: RollupScope): string;
}

export const grains: readonly Grain[] = [
  { store: 'rollups', scope: (finest) => finest, keyOf: rollupKeyOf },
  // Keyed site first, so one site's days are one key range.
  { store: 'siteDayTotals', scope: ({ site, day }) => (site ? { site, day } : undefined), keyOf: ({ site, day }) => `${site}|${day}` },
  { store: 'dayTotals', scope: ({ day }) => ({ day }), keyOf: ({ day }) => day },
];

export type RollupStoreName = Grain['store'];
export const ROLLUP_STORES = grains.map((g) => g.store);

/** Every grain but the finest: what the v3 upgrade and imports derive from the finest rollups. */
export const coarseGrains = grains.filter((grain) => grain.store !== 'rollups');

/** Finest rollups (say, of an older database or an imported file) summed into every grain. */
export function atEveryGrain(finest: readonly Rollup[]): Map<RollupStoreName, Rollup[]> {
  const coarse = coarseGrains.map((grain) => ({ grain, byKey: new Map<string, Rollup>() }));
  for (const rollup of finest) {
    const { day, site, project } = rollup;
    const finestScope = { day, ...(site && { site }), ...(project && { project }) };
    for (const { grain, byKey } of coarse) {
      const scoped = grain.scope(finestScope);
      if (!scoped) continue;
      const key = grain.keyOf(scoped);
      const total = byKey.get(key) ?? emptyRollup(scoped, key);
      mergeRollup(total, rollup);
      byKey.set(key, total);
    }
  }
  return new Map<RollupStoreName, Rollup[]>([['rollups', [...finest]], ...coarse.map(({ grain, byKey }): [RollupStoreName, Rollup[]] => [grain.store, [...byKey.values()]])]);
}

/**
 * Which records answer `filters` for every day up to `to`: the project index of the finest rollups,
 * or a key range of a coarser store. A project's rollups may still span sites (a Jira project and a
 * Confluence space can share a key), so callers still match `site` on them.
 */
export type RollupRange =
  | { byProject: true; project: string; to: string }
  | { byProject: false; store: RollupStoreName; lower: string; upper: string };

export function rollupRange(filters: Pick<StatsFilters, 'site' | 'project'>, to: string): RollupRange {
  if (filters.project) return { byProject: true, project: filters.project, to };
  if (filters.site) return { byProject: false, store: 'siteDayTotals', lower: `${filters.site}|`, upper: `${filters.site}|${to}` };
  return { byProject: false, store: 'dayTotals', lower: '', upper: to };
}

export function readRollupsUpTo(db: OpsDatabase, filters: Pick<StatsFilters, 'site' | 'project'>, to: string): Promise<Rollup[]> {
  const range = rollupRange(filters, to);
  return range.byProject
    ? db.getAllFromIndex('rollups', 'by-project-day', IDBKeyRange.bound([range.project, ''], [range.project, range.to]))
    : db.getAll(range.store, IDBKeyRange.bound(range.lower, range.upper));
}
