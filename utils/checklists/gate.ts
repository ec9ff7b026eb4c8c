/**
 * The soft Definition-of-Ready gate decides whether a status transition deserves a warning. It never
 * blocks: the caller shows a dismissible notice and Jira's own transition goes ahead (issue 5).
 */
import type { Checklist, ChecklistItem } from '@/utils/schemas/template';
import { progressOf, type Ticks } from './progress';

export type TransitionPhase = 'backward' | 'forward' | 'finish';

/** Reads the target status from the transition's label ("In Progress", "Done", "Reopen issue"). */
export function phaseOf(label: string): TransitionPhase {
  const text = label.trim().toLowerCase();
  if (/^(to do|todo|open|backlog|reopen|re-open|selected for development)\b/.test(text)) return 'backward';
  if (/\b(done|closed?|resolved?|complete[d]?|released?|shipped|live)\b/.test(text)) return 'finish';
  return 'forward';
}

/**
 * Checklists about finishing work: they only speak up on a move to a done-like status, since their
 * items are naturally open while work is in progress. Every other checklist gates any forward move.
 */
const FINISH_CHECKLISTS: ReadonlySet<string> = new Set(['definition-of-done', 'launch-readiness']);

export interface GateChecklist {
  checklist: Checklist;
  ticks: Ticks;
}

export interface GateWarning {
  open: { checklist: Checklist; items: ChecklistItem[] }[];
  /** Unfilled `{{placeholder}}` names in the description. */
  placeholders: string[];
}

/** A warning when mandatory items are open or placeholders unfilled; null when the move is fine. */
export function gateDecision(target: string, checklists: readonly GateChecklist[], placeholders: readonly string[]): GateWarning | null {
  const phase = phaseOf(target);
  if (phase === 'backward') return null;
  const open = checklists
    .filter(({ checklist }) => phase === 'finish' || !FINISH_CHECKLISTS.has(checklist.id))
    .map(({ checklist, ticks }) => ({ checklist, items: progressOf(checklist, ticks).openMandatory }))
    .filter((entry) => entry.items.length > 0);
  if (open.length === 0 && placeholders.length === 0) return null;
  return { open, placeholders: [...placeholders] };
}
