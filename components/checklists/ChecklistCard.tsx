import type { CardView } from '@/utils/checklists/panel-state';
import { progressOf } from '@/utils/checklists/progress';
import { ChecklistItemRow } from './ChecklistItemRow';

interface Props {
  card: CardView;
  onToggle(checklistId: string, itemId: string, checked: boolean): void;
  onInsert(checklistId: string): void;
}

export const itemInputId = (checklistId: string, itemId: string) => `pops-item-${checklistId}-${itemId}`;

/** One checklist: a group named by the checklist, a progress bar with a count, its items, and insert. */
export function ChecklistCard({ card, onToggle, onInsert }: Props) {
  const { checklist, ticks } = card;
  const { done, total } = progressOf(checklist, ticks);
  const titleId = `pops-card-${checklist.id}`;
  const saveStatus = card.saving.length > 0 ? 'Saving…' : card.saved ? 'Saved' : '';
  return (
    <div class="pops-card" role="group" aria-labelledby={titleId} data-checklist={checklist.id}>
      <h3 id={titleId} class="pops-card-title">{checklist.name}</h3>
      <div class="pops-progress-row">
        <progress max={total} value={done} aria-label={`${checklist.name} progress`} aria-valuetext={`${done} of ${total}`} />
        <span class="pops-count">
          {done} of {total}
        </span>
        <span class="pops-save-status" role="status">
          {saveStatus}
        </span>
      </div>
      <ul class="pops-items">
        {checklist.items.map((item) => (
          <ChecklistItemRow
            key={item.id}
            inputId={itemInputId(checklist.id, item.id)}
            item={item}
            checked={ticks[item.id] === true}
            saving={card.saving.includes(item.id)}
            onChange={(checked) => onToggle(checklist.id, item.id, checked)}
          />
        ))}
      </ul>
      <button type="button" class="pops-button" onClick={() => onInsert(checklist.id)}>
        Insert as task list
      </button>
    </div>
  );
}
