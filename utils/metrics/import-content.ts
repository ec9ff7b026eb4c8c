/**
 * A teammate's export, as stored: its event ids (to de-duplicate later imports) and its rollups at
 * every grain, each keyed by the import, so one import is read or removed as one key range.
 * Shared by importUsage and the v3 upgrade, which moved older imports into this layout.
 */
import type { Rollup } from '../schemas/usage';
import { atEveryGrain } from './grains';

interface PutStore {
  put(value: object): Promise<unknown>;
}

export function putImportContent(
  stores: { importedEvents: PutStore; importedRollups: PutStore },
  importId: string,
  eventIds: readonly string[],
  finest: readonly Rollup[],
): Promise<unknown>[] {
  const writes = eventIds.map((id) => stores.importedEvents.put({ id, importId }));
  for (const [grain, rollups] of atEveryGrain(finest)) {
    for (const rollup of rollups) writes.push(stores.importedRollups.put({ ...rollup, importId, grain }));
  }
  return writes;
}
