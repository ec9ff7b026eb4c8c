import { FIELD_TYPES } from '@/utils/schemas/template';
import { emptyField, type FieldDraft, type FieldType } from './draft';

interface Props {
  fields: FieldDraft[];
  onChange(fields: FieldDraft[]): void;
}

/** Prompted fields (`{{key}}` in the body); built-ins like {{date}} need no entry here. */
export function FieldsEditor({ fields, onChange }: Props) {
  const edit = (index: number, patch: Partial<FieldDraft>) => onChange(fields.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  return (
    <fieldset class="tpl-fields">
      <legend>Prompted fields</legend>
      {fields.length === 0 && <p class="hint">No prompted fields. Add one and use it in the body as {'{{key}}'}.</p>}
      {fields.map((field, i) => {
        const n = i + 1;
        return (
          <div class="tpl-field-row" key={i} role="group" aria-label={`Field ${n}`}>
            <label>
              Key <input value={field.key} aria-label={`Field ${n} key`} onInput={(e) => edit(i, { key: e.currentTarget.value })} />
            </label>
            <label>
              Label <input value={field.label} aria-label={`Field ${n} label`} onInput={(e) => edit(i, { label: e.currentTarget.value })} />
            </label>
            <label>
              Type
              <select value={field.type} aria-label={`Field ${n} type`} onChange={(e) => edit(i, { type: e.currentTarget.value as FieldType })}>
                {FIELD_TYPES.map((type) => <option key={type} value={type}>{type}</option>)}
              </select>
            </label>
            {field.type === 'select' && (
              <label>
                Options <span class="hint">comma-separated</span>
                <input value={field.options} aria-label={`Field ${n} options`} onInput={(e) => edit(i, { options: e.currentTarget.value })} />
              </label>
            )}
            <label>
              Default <input value={field.default} aria-label={`Field ${n} default`} onInput={(e) => edit(i, { default: e.currentTarget.value })} />
            </label>
            <label class="checkbox">
              <input type="checkbox" checked={field.required} aria-label={`Field ${n} required`} onChange={(e) => edit(i, { required: e.currentTarget.checked })} />
              Required
            </label>
            <button type="button" class="button danger" onClick={() => onChange(fields.filter((_, j) => j !== i))}>
              Remove field {n}
            </button>
          </div>
        );
      })}
      <button type="button" class="button inline" onClick={() => onChange([...fields, emptyField()])}>Add field</button>
    </fieldset>
  );
}
