/** What one checklist looks like right now: ticks for its current version, and how far along it is. */
import type { ChecklistState } from '@/utils/schemas/checklist-state';
import type { Checklist, ChecklistItem } from '@/utils/schemas/template';

/** Item id → ticked, for the items of the checklist's current version only. */
export type Ticks = Readonly<Record<string, boolean>>;

/**
 * Ticks map by item id across versions: an item that kept its id keeps its tick, a new item starts
 * unticked, and a tick of an item the current version dropped is not shown (the background moves it
 * to `removed` history on the next save).
 */
export function ticksFor(checklist: Checklist, state: ChecklistState | null | undefined): Ticks {
  const ticks: Record<string, boolean> = {};
  for (const item of checklist.items) ticks[item.id] = state?.ticks[item.id]?.checked === true;
  return ticks;
}

export interface Progress {
  done: number;
  total: number;
  /** Mandatory items still unticked, in checklist order. */
  openMandatory: ChecklistItem[];
}

export function progressOf(checklist: Checklist, ticks: Ticks): Progress {
  return {
    done: checklist.items.filter((item) => ticks[item.id]).length,
    total: checklist.items.length,
    openMandatory: checklist.items.filter((item) => item.mandatory && !ticks[item.id]),
  };
}
