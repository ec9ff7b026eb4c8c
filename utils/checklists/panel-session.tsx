/**
 * One checklist panel for one issue or page: loads state from the background, applies ticks once the
 * background confirms them, inserts task lists, records compliance. Everything ends with `signal`.
 */
import { ConnectedChecklistPanel } from '@/components/checklists/ConnectedChecklistPanel';
import type { FeatureArgs } from '@/utils/features/types';
import { projectDim } from '@/utils/insert/insert-rendered';
import type { InsertContext } from '@/utils/insert/page-context';
import { mountUi, type MountedUi } from '@/utils/runtime/mount-ui';
import type { ChecklistState } from '@/utils/schemas/checklist-state';
import type { Template } from '@/utils/schemas/template';
import type { ComplianceResult } from './compliance';
import { insertChecklist } from './insert-checklist';
import type { CardView, PanelActions } from './panel-state';
import { initialPanelState } from './panel-state';
import { progressOf, ticksFor } from './progress';
import { REVIEW, reviewRequests } from './review-requests';
import { selectChecklists } from './select';
import { attachChecklist, loadStates, saveTick, type ObjectRef } from './state-client';
import { createStore } from './store';

export const PANEL_ID = 'checklist-panel';

export interface PanelSession {
  showCompliance(result: ComplianceResult | null): void;
  /** The mount finished but our host is gone (the page re-rendered the anchor's children): mount again. */
  lost(): boolean;
}

const INSERT_NOTICES = {
  inserted: (name: string) => `Inserted “${name}” as a task list.`,
  'no-editor': () => 'Open the description or page editor, then insert.',
  failed: () => 'The editor did not accept the task list.',
};

export function startPanelSession(
  args: FeatureArgs,
  library: readonly Template[],
  anchor: HTMLElement,
  ref: ObjectRef,
  context: InsertContext,
  signal: AbortSignal,
): PanelSession {
  const dims = { site: args.site.id, ...projectDim(context) };
  const store = createStore(initialPanelState);
  const card = (id: string) => store.get().cards.find((c) => c.checklist.id === id);
  const patchCard = (id: string, patch: (c: CardView) => Partial<CardView>) =>
    store.set((s) => ({ cards: s.cards.map((c) => (c.checklist.id === id ? { ...c, ...patch(c) } : c)) }));

  const applyStates = (states: ChecklistState[]) => {
    const byId = new Map(states.map((state) => [state.checklistId, state]));
    const { shown, addable } = selectChecklists(library, context, [...byId.keys()]);
    const cards = shown.map((checklist) => ({ checklist, ticks: ticksFor(checklist, byId.get(checklist.id)), saving: [], saved: false }));
    store.set({ status: 'ready', cards, addable });
  };
  const reload = () => loadStates(ref).then((states) => !signal.aborted && applyStates(states));

  const actions: PanelActions = {
    onToggle(checklistId, itemId, checked) {
      const current = card(checklistId);
      if (!current) return;
      patchCard(checklistId, (c) => ({ ticks: { ...c.ticks, [itemId]: checked }, saving: [...c.saving, itemId], saved: false }));
      saveTick(ref, current.checklist, itemId, checked, dims).then(
        (state) =>
          patchCard(checklistId, (c) => {
            const saving = c.saving.filter((id) => id !== itemId);
            // Items still in flight keep what the user clicked; everything else is what the background stored.
            const stored = ticksFor(c.checklist, state);
            const ticks = Object.fromEntries(Object.keys(stored).map((id) => [id, saving.includes(id) ? c.ticks[id] === true : stored[id] === true]));
            return { ticks, saving, saved: saving.length === 0 };
          }),
        (error: unknown) => {
          console.warn('[Product Ops Kit] checklist tick not saved:', (error as Error).message);
          patchCard(checklistId, (c) => ({ ticks: { ...c.ticks, [itemId]: !checked }, saving: c.saving.filter((id) => id !== itemId) }));
          store.set({ notice: 'That tick could not be saved. Try again.' });
        },
      );
    },
    onAdd(checklistId) {
      const checklist = store.get().addable.find((c) => c.id === checklistId);
      if (!checklist) return;
      attachChecklist(ref, checklist, dims)
        .then(reload)
        .then(
          () => store.set({ notice: `Added “${checklist.name}”.` }),
          () => store.set({ notice: `“${checklist.name}” could not be added. Try again.` }),
        );
    },
    onInsert(checklistId) {
      const current = card(checklistId);
      if (!current) return;
      void insertChecklist(args, current.checklist, current.ticks, context).then((outcome) =>
        store.set({ notice: INSERT_NOTICES[outcome](current.checklist.name) }),
      );
    },
    onExpandedChange: (expanded) => store.set({ expanded }),
  };

  const onReview = (event: Event) => {
    const current = card((event as CustomEvent<string>).detail);
    const item = current && progressOf(current.checklist, current.ticks).openMandatory[0];
    if (!item || !current) return;
    store.set((s) => ({ expanded: true, focus: { checklistId: current.checklist.id, itemId: item.id, seq: (s.focus?.seq ?? 0) + 1 } }));
  };
  reviewRequests.addEventListener(REVIEW, onReview, { signal });

  reload().catch((error: unknown) => {
    console.warn('[Product Ops Kit] checklists not loaded:', (error as Error).message);
    store.set({ status: 'error' });
  });
  let ui: MountedUi | null | undefined;
  void mountUi({ ctx: args.ctx, signal, featureId: PANEL_ID, anchor, view: <ConnectedChecklistPanel store={store} actions={actions} /> }).then(
    (mounted) => (ui = mounted),
  );

  return {
    showCompliance: (compliance) => store.set({ compliance }),
    lost: () => ui !== undefined && !ui?.shadowHost.isConnected,
  };
}
