import { useEffect, useRef } from 'preact/hooks';
import type { PanelActions, PanelState } from '@/utils/checklists/panel-state';
import { AddChecklist } from './AddChecklist';
import { ChecklistCard, itemInputId } from './ChecklistCard';
import { ComplianceSummary } from './ComplianceSummary';

interface Props {
  state: PanelState;
  actions: PanelActions;
}

const BODY_ID = 'pops-checklists-body';

/** The "Checklists" region: its accessible name is part of the public contract. */
export function ChecklistPanel({ state, actions }: Props) {
  const root = useRef<HTMLElement>(null);

  // A gate "Review checklist" request: open and focus the first open mandatory item.
  useEffect(() => {
    const focus = state.focus;
    if (!focus) return;
    const input = root.current?.querySelector<HTMLInputElement>(`#${CSS.escape(itemInputId(focus.checklistId, focus.itemId))}`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  }, [state.focus]);

  return (
    <section ref={root} class="pops-panel" role="region" aria-label="Checklists" aria-busy={state.status === 'loading'}>
      <div class="pops-panel-header">
        <h2 class="pops-panel-title">Checklists</h2>
        <button
          type="button"
          class="pops-link-button"
          aria-expanded={state.expanded}
          aria-controls={BODY_ID}
          onClick={() => actions.onExpandedChange(!state.expanded)}
        >
          {state.expanded ? 'Hide' : 'Show'}
        </button>
      </div>
      <div id={BODY_ID} class="pops-panel-body" hidden={!state.expanded}>
        {state.status === 'loading' && <p class="pops-muted">Loading checklists…</p>}
        {state.status === 'error' && <p class="pops-muted">Checklists could not be loaded. Reload the page to try again.</p>}
        {state.status === 'ready' && state.cards.length === 0 && <p class="pops-muted">No checklist applies here yet. Add one below.</p>}
        {state.cards.map((card) => (
          <ChecklistCard key={card.checklist.id} card={card} onToggle={actions.onToggle} onInsert={actions.onInsert} />
        ))}
        {state.status === 'ready' && state.addable.length > 0 && <AddChecklist options={state.addable} onAdd={actions.onAdd} />}
        {state.compliance && <ComplianceSummary result={state.compliance} />}
        <p class="pops-notice" role="status">
          {state.notice ?? ''}
        </p>
      </div>
    </section>
  );
}
