import fuzzysort from 'fuzzysort';
import { useMemo, useState } from 'preact/hooks';
import type { LibraryEntry } from '@/utils/library/merge';
import type { TemplateSource } from '@/utils/schemas/policy';

export const SOURCE_LABELS: Record<TemplateSource, string> = {
  builtin: 'Built-in',
  managed: 'Managed',
  'team-url': 'Team',
  personal: 'Personal',
};

interface Props {
  entries: readonly LibraryEntry[];
  /** templateId → insertions (all time); absent while metrics are unavailable. */
  uses?: Readonly<Record<string, number>>;
  canEditPersonal: boolean;
  onOpen(entry: LibraryEntry): void;
  onDuplicate(entry: LibraryEntry): void;
  onDelete(entry: LibraryEntry): void;
}

function search(entries: readonly LibraryEntry[], query: string): readonly LibraryEntry[] {
  if (!query.trim()) return entries;
  return fuzzysort
    .go(query, entries, {
      keys: [(e) => e.template.name, (e) => e.template.tags.join(' '), (e) => e.template.description, (e) => SOURCE_LABELS[e.template.source]],
      threshold: 0.3,
    })
    .map((r) => r.obj);
}

/** Every template from every source, with its badge; action buttons are named after the template. */
export function TemplateTable({ entries, uses, canEditPersonal, onOpen, onDuplicate, onDelete }: Props) {
  const [query, setQuery] = useState('');
  const rows = useMemo(() => search(entries, query), [entries, query]);
  return (
    <>
      <label class="tpl-search">
        Search templates
        <input type="search" value={query} placeholder="Name, tag, description or source" onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <table class="data-table tpl-table">
        <caption>Template library ({rows.length} of {entries.length})</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col" class="num">Uses</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr><td colSpan={5} class="empty">No template matches.</td></tr>
          )}
          {rows.map((entry) => {
            const { template } = entry;
            const editable = !entry.readOnly && canEditPersonal;
            return (
              <tr key={`${template.source}:${template.id}`} class={entry.shadowedBy ? 'tpl-shadowed' : undefined}>
                <th scope="row">
                  {template.name}
                  <span class="hint">{template.description}</span>
                  {entry.shadowedBy && <span class="hint">Not offered: a {SOURCE_LABELS[entry.shadowedBy]} template has the same id ({template.id}).</span>}
                </th>
                <td><span class={`badge tpl-badge-${template.source}`}>{SOURCE_LABELS[template.source]}</span></td>
                <td>{template.kind === 'checklist' ? 'Checklist' : 'Template'}</td>
                <td class="num">{uses ? (uses[template.id] ?? 0) : '–'}</td>
                <td class="tpl-actions">
                  <button type="button" class="button" aria-label={`${editable ? 'Edit' : 'View'} ${template.name}`} onClick={() => onOpen(entry)}>
                    {editable ? 'Edit' : 'View'}
                  </button>
                  {canEditPersonal && (
                    <button type="button" class="button" aria-label={`Duplicate ${template.name}`} onClick={() => onDuplicate(entry)}>Duplicate</button>
                  )}
                  {editable && (
                    <button type="button" class="button danger" aria-label={`Delete ${template.name}`} onClick={() => onDelete(entry)}>Delete</button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
