import { useEffect, useRef, useState } from 'preact/hooks';
import type { TemplateField } from '@/utils/schemas/template';

interface Props {
  fields: readonly TemplateField[];
  initial: Record<string, string>;
  onSubmit(values: Record<string, string>): void;
  onBack(): void;
}

/** Prompted template fields; required ones are enforced by the browser's own form validation. */
export function TemplateFieldsForm({ fields, initial, onSubmit, onBack }: Props) {
  const [values, setValues] = useState(initial);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);
  const set = (key: string, value: string) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: Event) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <form class="pops-form" ref={form} onSubmit={submit}>
      {fields.map((field) => {
        const id = `pops-field-${field.key}`;
        const common = {
          id,
          name: field.key,
          required: field.required,
          value: values[field.key] ?? '',
          onInput: (event: Event) => set(field.key, (event.currentTarget as HTMLInputElement).value),
        };
        return (
          <div class="pops-form-row" key={field.key}>
            <label for={id}>
              {field.label}
              {field.required && <span aria-hidden="true"> *</span>}
            </label>
            {field.type === 'paragraph' ? (
              <textarea {...common} rows={3} />
            ) : field.type === 'select' ? (
              <select {...common}>
                {!field.required && <option value="">—</option>}
                {(field.options ?? []).map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : field.type === 'date' ? (
              <input {...common} type="date" />
            ) : field.type === 'number' ? (
              <input {...common} type="number" />
            ) : (
              <input {...common} type="text" />
            )}
            {field.help && <small class="pops-help">{field.help}</small>}
          </div>
        );
      })}
      <div class="pops-actions">
        <button type="button" onClick={onBack}>
          Back
        </button>
        <button type="submit" class="pops-primary">
          Insert
        </button>
      </div>
    </form>
  );
}
