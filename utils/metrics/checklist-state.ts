/**
 * Checklist ticks per Jira issue / Confluence page. The background, not the content script,
 * decides what changed, so toggles, "started" and "completed" are counted once per real change.
 */
import type { OpsDatabase } from '../db';
import type { StoredEvent } from '../schemas/events';
import { checklistObjectRefSchema, checklistRefSchema, saveChecklistTickInputSchema, type ChecklistState, type SaveChecklistTickInput } from '../schemas/checklist-state';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import type { Clock } from './clock';
import { pruneOldestEvents, withQuotaRetry } from './quota';
import { checklistOf } from './rollup';
import { EVENT_STORES, eventStores, writeEvents, type RollupTouch } from './write-events';

export async function getChecklistState(db: OpsDatabase, input: unknown): Promise<ChecklistState | null> {
  const ref = parseOrThrow(checklistRefSchema, input, 'checklist');
  return (await db.get('checklistState', [ref.origin, ref.objectKey, ref.checklistId])) ?? null;
}

/** All checklists with stored state on one issue / page (one key range over [origin, objectKey, *]). */
export async function getChecklistStates(db: OpsDatabase, input: unknown): Promise<ChecklistState[]> {
  const ref = parseOrThrow(checklistObjectRefSchema, input, 'checklists');
  // [] sorts after every string in IndexedDB key order, so this bound covers any checklist id.
  return db.getAll('checklistState', IDBKeyRange.bound([ref.origin, ref.objectKey, ''], [ref.origin, ref.objectKey, []]));
}

/** Pure: the next state plus the events and rollup touches that change implies. */
export function applyTick(previous: ChecklistState | undefined, input: SaveChecklistTickInput, at: string, newId: () => string) {
  const state: ChecklistState = previous
    ? structuredClone(previous)
    : { origin: input.origin, objectKey: input.objectKey, checklistId: input.checklistId, version: input.version, ticks: {}, removed: [] };
  const current = new Set(input.itemIds);
  for (const [itemId, tick] of Object.entries(state.ticks)) {
    if (current.has(itemId)) continue;
    state.removed.push({ itemId, ...tick, removedAt: at, version: state.version });
    delete state.ticks[itemId];
  }
  state.version = input.version;

  const events: StoredEvent[] = [];
  const touches: RollupTouch[] = [];
  const dims = { ...(input.site && { site: input.site }), ...(input.project && { project: input.project }) };
  const base = { ...dims, checklistId: input.checklistId, version: input.version };
  if ((state.ticks[input.itemId]?.checked ?? false) !== input.checked) {
    state.ticks[input.itemId] = { checked: input.checked, at };
    events.push({ type: 'checklist_item_toggled', ...base, itemId: input.itemId, checked: input.checked, id: newId(), ts: at });
  }
  if (!state.firstTickAt && input.checked) {
    state.firstTickAt = at;
    touches.push({ dims: { ...dims, ts: at }, apply: (r) => void (checklistOf(r, input.checklistId).started += 1) });
  }
  const required = input.mandatoryItemIds.length > 0 ? input.mandatoryItemIds : input.itemIds;
  if (!state.completedAt && state.firstTickAt && required.every((id) => state.ticks[id]?.checked)) {
    state.completedAt = at;
    const msToComplete = Math.max(0, Date.parse(at) - Date.parse(state.firstTickAt));
    events.push({ type: 'checklist_completed', ...base, msToComplete, id: newId(), ts: at });
  }
  return { state, events, touches };
}

export async function saveChecklistTick(db: OpsDatabase, input: unknown, clock: Clock, enqueueUsage: boolean): Promise<ChecklistState> {
  const tick = parseOrThrow(saveChecklistTickInputSchema, input, 'tick');
  if (!tick.itemIds.includes(tick.itemId)) throw new InvalidInputError(['tick.itemId: not one of tick.itemIds']);
  const commit = async () => {
    const tx = db.transaction(['checklistState', ...EVENT_STORES], 'readwrite');
    const stateStore = tx.objectStore('checklistState');
    const previous = await stateStore.get([tick.origin, tick.objectKey, tick.checklistId]);
    const now = clock.now();
    const { state, events, touches } = applyTick(previous, tick, now.toISOString(), clock.newId);
    const stores = eventStores(tx);
    await Promise.all([stateStore.put(state), writeEvents(stores, events, { enqueueUsage, nowMs: now.getTime(), touches }), tx.done]);
    return state;
  };
  return withQuotaRetry(commit, () => pruneOldestEvents(db));
}
