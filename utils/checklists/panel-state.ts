/** What the checklist panel shows; the feature writes it, components/checklists renders it. */
import type { Checklist } from '@/utils/schemas/template';
import type { ComplianceResult } from './compliance';
import type { Ticks } from './progress';

export interface CardView {
  checklist: Checklist;
  ticks: Ticks;
  /** Items whose tick the background has not confirmed yet. */
  saving: readonly string[];
  /** The last change was stored by the background (shown as "Saved"). */
  saved: boolean;
}

export interface PanelState {
  status: 'loading' | 'ready' | 'error';
  cards: CardView[];
  addable: Checklist[];
  compliance: ComplianceResult | null;
  /** One-line feedback for the last action (insert, add, save failure). */
  notice: string | null;
  expanded: boolean;
  /** Set by a gate "Review checklist" request; `seq` makes a repeated request for the same item count. */
  focus: { checklistId: string; itemId: string; seq: number } | null;
}

export interface PanelActions {
  onToggle(checklistId: string, itemId: string, checked: boolean): void;
  onAdd(checklistId: string): void;
  onInsert(checklistId: string): void;
  onExpandedChange(expanded: boolean): void;
}

export const initialPanelState: PanelState = {
  status: 'loading',
  cards: [],
  addable: [],
  compliance: null,
  notice: null,
  expanded: true,
  focus: null,
};
