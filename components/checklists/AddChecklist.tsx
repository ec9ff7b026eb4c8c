import { useState } from 'preact/hooks';
import type { Checklist } from '@/utils/schemas/template';

interface Props {
  options: readonly Checklist[];
  onAdd(checklistId: string): void;
}

/** Adds any other checklist of the library to this issue or page. */
export function AddChecklist({ options, onAdd }: Props) {
  const [selected, setSelected] = useState('');
  const value = options.some((o) => o.id === selected) ? selected : (options[0]?.id ?? '');
  return (
    <div class="pops-add">
      <label for="pops-add-checklist">Add checklist</label>
      <select id="pops-add-checklist" value={value} onChange={(event) => setSelected(event.currentTarget.value)}>
        {options.map((checklist) => (
          <option key={checklist.id} value={checklist.id}>
            {checklist.name}
          </option>
        ))}
      </select>
      <button type="button" class="pops-button" onClick={() => value && onAdd(value)}>
        Add
      </button>
    </div>
  );
}
