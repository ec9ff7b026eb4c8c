import { useState } from 'preact/hooks';
import type { ChecklistItem } from '@/utils/schemas/template';

interface Props {
  inputId: string;
  item: ChecklistItem;
  checked: boolean;
  saving: boolean;
  onChange(checked: boolean): void;
}

/**
 * A checkbox named exactly by the item text (public contract); "required" and the help text are
 * descriptions, not part of the name.
 */
export function ChecklistItemRow({ inputId, item, checked, saving, onChange }: Props) {
  const [helpOpen, setHelpOpen] = useState(false);
  const requiredId = `${inputId}-required`;
  const helpId = `${inputId}-help`;
  return (
    <li class="pops-item">
      <input
        type="checkbox"
        id={inputId}
        checked={checked}
        aria-busy={saving}
        aria-describedby={item.mandatory ? requiredId : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={inputId}>{item.text}</label>
      {item.mandatory && (
        <span id={requiredId} class="pops-required" title="Required">
          <span aria-hidden="true">*</span>
          <span class="pops-sr">(required)</span>
        </span>
      )}
      {item.help && (
        <button
          type="button"
          class="pops-help-toggle"
          aria-expanded={helpOpen}
          aria-controls={helpId}
          aria-label={`Help: ${item.text}`}
          onClick={() => setHelpOpen(!helpOpen)}
        >
          ?
        </button>
      )}
      {item.help && (
        <p id={helpId} class="pops-item-help" hidden={!helpOpen}>
          {item.help}
        </p>
      )}
    </li>
  );
}
