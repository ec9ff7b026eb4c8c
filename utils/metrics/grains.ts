/**
 * Every event is rolled up at three grains, so each dashboard query reads the coarsest store that
 * can answer its filters. A department-scale year is ~13k day × site × project rollups (36 MB,
 * seconds to read back), but only 365 day totals.
 */
import type { OpsDatabase } from '../db';
import type { StoredEvent } from '../schemas/events';
import type { Rollup, StatsFilters } from '../schemas/usage';
import { dayOf, rollupKeyOf } from './rollup';

export type RollupDims = Pick<StoredEvent, 'site' | 'project'> & { ts: string };

export interface Grain {
  store: 'rollups' | 'siteDayTotals' | 'dayTotals';
  /** The dims this grain keeps, or undefined when the event has no record at this grain. */
  scope(dims: RollupDims): RollupDims | undefined;
  keyOf(scoped: RollupDims): string;
}

export const grains: readonly Grain[] = [
  { store: 'rollups', scope: (dims) => dims, keyOf: rollupKeyOf },
  // Keyed site first, so one site's days are one key range.
  { store: 'siteDayTotals', scope: ({ site, ts }) => (site ? { site, ts } : undefined), keyOf: ({ site, ts }) => `${site}|${dayOf(ts)}` },
  { store: 'dayTotals', scope: ({ ts }) => ({ ts }), keyOf: ({ ts }) => dayOf(ts) },
];

export type RollupStoreName = Grain['store'];
export const ROLLUP_STORES = grains.map((g) => g.store);

/**
 * Rollups of the coarsest grain that answers `filters`, for every day up to `to`. A project's
 * rollups may still span sites (a Jira project and a Confluence space can share a key), so callers
 * still match `site` on them.
 */
export function readRollupsUpTo(db: OpsDatabase, filters: Pick<StatsFilters, 'site' | 'project'>, to: string): Promise<Rollup[]> {
  if (filters.project) return db.getAllFromIndex('rollups', 'by-project-day', IDBKeyRange.bound([filters.project, ''], [filters.project, to]));
  if (filters.site) return db.getAll('siteDayTotals', IDBKeyRange.bound(`${filters.site}|`, `${filters.site}|${to}`));
  return db.getAll('dayTotals', IDBKeyRange.upperBound(to));
}
