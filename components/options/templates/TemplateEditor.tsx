import { useMemo } from 'preact/hooks';
import { type Draft, previewHtml, validateDraft } from './draft';
import { FieldsEditor } from './FieldsEditor';
import { ItemsEditor } from './ItemsEditor';
import { ScopeEditor } from './ScopeEditor';

interface Props {
  draft: Draft;
  /** Built-in, managed and team templates are shown read-only; duplicate them to change them. */
  readOnly: boolean;
  heading: string;
  /** Errors from the background (e.g. policy), shown with the local validation. */
  serverErrors: string[];
  saving: boolean;
  onChange(draft: Draft): void;
  onSave(): void;
  onClose(): void;
}

export function TemplateEditor({ draft, readOnly, heading, serverErrors, saving, onChange, onSave, onClose }: Props) {
  const errors = useMemo(() => (readOnly ? [] : validateDraft(draft)), [draft, readOnly]);
  const html = useMemo(() => previewHtml(draft), [draft]);
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const shown = [...serverErrors, ...errors];

  return (
    <section class="tpl-editor" aria-labelledby="tpl-editor-heading">
      <h2 id="tpl-editor-heading">{heading}</h2>
      <div class="tpl-editor-grid">
        <form
          aria-label="Template editor"
          onSubmit={(e) => {
            e.preventDefault();
            if (errors.length === 0) onSave();
          }}
        >
          <fieldset disabled={readOnly} class="tpl-form">
            <legend class="sr-only">Template</legend>
            <label>
              Name <input value={draft.name} maxLength={80} onInput={(e) => set({ name: e.currentTarget.value })} />
            </label>
            <label>
              Description <input value={draft.description} maxLength={300} onInput={(e) => set({ description: e.currentTarget.value })} />
            </label>
            <div class="tpl-inline">
              <label>
                Kind
                <select value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value as Draft['kind'] })}>
                  <option value="template">Template</option>
                  <option value="checklist">Checklist</option>
                </select>
              </label>
              <label class="grow">
                Tags <span class="hint">comma-separated</span>
                <input value={draft.tags} onInput={(e) => set({ tags: e.currentTarget.value })} />
              </label>
              <label>
                Minutes saved per use
                <input type="number" min={0} max={600} value={draft.minutesSaved} onInput={(e) => set({ minutesSaved: e.currentTarget.value })} />
              </label>
            </div>
            <label>
              Body (Markdown)
              <span class="hint">Headings, lists, task lists (- [ ]), tables, panels (:::info … :::), {'{{placeholders}}'}.</span>
              <textarea rows={14} value={draft.body} onInput={(e) => set({ body: e.currentTarget.value })} />
            </label>
            <FieldsEditor fields={draft.fields} onChange={(fields) => set({ fields })} />
            {draft.kind === 'checklist' && <ItemsEditor items={draft.items} onChange={(items) => set({ items })} />}
            <ScopeEditor scope={draft.scope} onChange={(scope) => set({ scope })} />
          </fieldset>
          {shown.length > 0 && (
            <div class="tpl-errors" role="alert" aria-label="Problems">
              <p>Fix these before saving:</p>
              <ul>{shown.map((line) => <li key={line}><code>{line}</code></li>)}</ul>
            </div>
          )}
          <div class="form-actions">
            {!readOnly && (
              <button type="submit" class="button primary" disabled={saving || errors.length > 0}>Save template</button>
            )}
            <button type="button" class="button" onClick={onClose}>{readOnly ? 'Close' : 'Cancel'}</button>
          </div>
        </form>
        <section class="tpl-preview" aria-label="Preview">
          <h3>Preview</h3>
          {/* render() output is DOMPurify-sanitised with the renderer's allow-list (utils/render/sanitize.ts). */}
          <div class="tpl-preview-body" dangerouslySetInnerHTML={{ __html: html }} />
        </section>
      </div>
    </section>
  );
}
