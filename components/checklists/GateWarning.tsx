import type { GateWarning as Warning } from '@/utils/checklists/gate';

interface Props {
  warning: Warning;
  onProceed(): void;
  onReview(): void;
}

/** A notice, never a blocker: the transition already went ahead; the PM decides what to do about it. */
export function GateWarning({ warning, onProceed, onReview }: Props) {
  return (
    <div class="pops-gate" role="alert" aria-label="Checklist warning">
      <p class="pops-gate-title">This issue is moving on with its checklist incomplete</p>
      <ul>
        {warning.open.map(({ checklist, items }) => (
          <li key={checklist.id}>
            {checklist.name}: {items.length} required {items.length === 1 ? 'item' : 'items'} open
          </li>
        ))}
        {warning.placeholders.length > 0 && (
          <li>
            The description still has {warning.placeholders.length} unfilled{' '}
            {warning.placeholders.length === 1 ? 'placeholder' : 'placeholders'}
          </li>
        )}
      </ul>
      <div class="pops-actions">
        {warning.open.length > 0 && (
          <button type="button" onClick={onReview}>
            Review checklist
          </button>
        )}
        <button type="button" class="pops-primary" onClick={onProceed}>
          Proceed anyway
        </button>
      </div>
    </div>
  );
}
