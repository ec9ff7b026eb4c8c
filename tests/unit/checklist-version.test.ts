/** Version mapping: ticks follow item ids across checklist versions; dropped items go to history, unseen. */
import { beforeEach, describe, expect, it } from 'vitest';
import { ticksFor } from '@/utils/checklists/progress';
import type { OpsDatabase } from '@/utils/db';
import { getChecklistStates, saveChecklistTick } from '@/utils/metrics/checklist-state';
import type { Checklist } from '@/utils/schemas/template';
import { definitionOfReady } from '@/utils/templates/definition-of-ready';
import { openTestDb, testClock } from './helpers/test-db';

const v1: Checklist = { ...definitionOfReady, version: 1 };
/** v2 drops "designs", adds "risks" and keeps every other id. */
const v2: Checklist = {
  ...definitionOfReady,
  version: 2,
  items: [...definitionOfReady.items.filter((i) => i.id !== 'designs'), { id: 'risks', text: 'Risks are listed', mandatory: true }],
};

const ref = { origin: 'https://acme.atlassian.net', objectKey: 'ABC-1', checklistId: definitionOfReady.id };
const tick = (checklist: Checklist, itemId: string, checked = true) => ({
  ...ref,
  version: checklist.version,
  itemId,
  checked,
  itemIds: checklist.items.map((i) => i.id),
  mandatoryItemIds: checklist.items.filter((i) => i.mandatory).map((i) => i.id),
});

let db: OpsDatabase;
let clock: ReturnType<typeof testClock>;
beforeEach(async () => {
  db = await openTestDb();
  clock = testClock();
});

describe('checklist version change', () => {
  it('shows v1 ticks on v2 by item id, new items unticked, dropped items hidden', async () => {
    await saveChecklistTick(db, tick(v1, 'user-value'), clock, false);
    const stored = await saveChecklistTick(db, tick(v1, 'designs'), clock, false);
    const shown = ticksFor(v2, stored);
    expect(shown['user-value']).toBe(true);
    expect(shown.risks).toBe(false);
    expect(Object.keys(shown)).not.toContain('designs');
    expect(Object.keys(shown)).toEqual(v2.items.map((i) => i.id));
  });

  it('the first save on v2 moves the dropped tick to history and keeps the rest', async () => {
    await saveChecklistTick(db, tick(v1, 'user-value'), clock, false);
    await saveChecklistTick(db, tick(v1, 'designs'), clock, false);
    clock.advance(60_000);
    const state = await saveChecklistTick(db, tick(v2, 'risks'), clock, false);
    expect(state.version).toBe(2);
    expect(state.ticks).toMatchObject({ 'user-value': { checked: true }, risks: { checked: true } });
    expect(state.ticks.designs).toBeUndefined();
    expect(state.removed).toEqual([
      { itemId: 'designs', checked: true, at: '2025-03-10T09:00:00.000Z', removedAt: '2025-03-10T09:01:00.000Z', version: 1 },
    ]);
    expect(ticksFor(v2, state)).toMatchObject({ 'user-value': true, risks: true, estimated: false });
  });

  it('with no stored state every item starts unticked', () => {
    expect(Object.values(ticksFor(v2, null)).every((t) => t === false)).toBe(true);
  });
});

describe('getChecklistStates', () => {
  it('returns every checklist of one issue and nothing of another issue or origin', async () => {
    await saveChecklistTick(db, tick(v1, 'user-value'), clock, false);
    await saveChecklistTick(db, { ...tick(v1, 'estimated'), checklistId: 'definition-of-done' }, clock, false);
    await saveChecklistTick(db, { ...tick(v1, 'estimated'), objectKey: 'ABC-10' }, clock, false);
    await saveChecklistTick(db, { ...tick(v1, 'estimated'), origin: 'https://other.atlassian.net' }, clock, false);
    const states = await getChecklistStates(db, { origin: ref.origin, objectKey: 'ABC-1' });
    expect(states.map((s) => s.checklistId).sort()).toEqual(['definition-of-done', 'definition-of-ready']);
  });

  it('an unticked first save attaches a checklist without recording a toggle', async () => {
    await saveChecklistTick(db, tick(v1, 'user-value', false), clock, false);
    const [state] = await getChecklistStates(db, { origin: ref.origin, objectKey: 'ABC-1' });
    expect(state).toMatchObject({ checklistId: 'definition-of-ready', ticks: {} });
    expect(await db.count('events')).toBe(0);
  });

  it('rejects a ref without an object key, naming the path', async () => {
    await expect(getChecklistStates(db, { origin: ref.origin })).rejects.toThrow(/checklists\.objectKey/);
  });
});
