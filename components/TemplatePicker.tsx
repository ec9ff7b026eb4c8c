import fuzzysort from 'fuzzysort';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Template } from '@/utils/schemas/template';
import { TemplateFieldsForm } from './TemplateFieldsForm';
import { optionId, TemplateList } from './TemplateList';

export interface PickerEntry {
  template: Template;
  inScope: boolean;
}

export interface PickerProps {
  /** Ranked for the current context: in-scope templates first. */
  entries: readonly PickerEntry[];
  /** Template to highlight first, e.g. the one a suggestion chip offered. */
  initialId?: string;
  /** Default values for prompted fields, from the template and the page context. */
  initialValues(template: Template): Record<string, string>;
  /** Sanitised HTML of the template as it would be inserted. */
  preview(template: Template): string;
  onInsert(template: Template, values: Record<string, string> | null): void;
  onClose(): void;
}

const LIST_ID = 'pops-template-list';

function search(entries: readonly PickerEntry[], query: string): readonly PickerEntry[] {
  if (!query.trim()) return entries;
  return fuzzysort
    .go(query, entries, {
      keys: [(e) => e.template.name, (e) => e.template.tags.join(' '), (e) => e.template.description],
      threshold: 0.3,
    })
    .map((result) => result.obj);
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** aria-modal promises the page behind is inert, so Tab wraps around inside the dialog instead of leaving it. */
function keepFocusInside(event: KeyboardEvent, dialog: HTMLElement | null): void {
  const focusable = [...(dialog?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
  const first = focusable[0];
  const last = focusable.at(-1);
  const current = (dialog?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
  if (!first || !last) return;
  if (event.shiftKey && current === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && current === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The template picker: search, keyboard navigation, preview, then a form for prompted fields. */
export function TemplatePicker({ entries, initialId, initialValues, preview, onInsert, onClose }: PickerProps) {
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState(initialId ?? entries[0]?.template.id);
  const [formFor, setFormFor] = useState<Template | null>(null);
  const matches = useMemo(() => search(entries, query), [entries, query]);
  const active = matches.find((entry) => entry.template.id === activeId)?.template ?? matches[0]?.template;
  const searchBox = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  // autofocus attributes don't fire for nodes added after load, least of all inside a shadow root.
  useEffect(() => searchBox.current?.focus(), [formFor]);

  const choose = (id: string) => {
    const template = matches.find((entry) => entry.template.id === id)?.template;
    if (!template) return;
    if (template.kind === 'template' && template.fields.length > 0) setFormFor(template);
    else onInsert(template, null);
  };
  const move = (step: number) => {
    const index = matches.findIndex((entry) => entry.template.id === active?.id);
    const next = matches[(index + step + matches.length) % matches.length];
    if (next) setActiveId(next.template.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // The list is driven from the search box (aria-activedescendant); Enter on Close or a preview link is theirs.
    const inSearch = !formFor && event.target === searchBox.current;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (formFor) setFormFor(null);
      else onClose();
    } else if (event.key === 'Tab') {
      keepFocusInside(event, dialog.current);
    } else if (inSearch && event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (inSearch && event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (inSearch && event.key === 'Enter' && active) {
      event.preventDefault();
      choose(active.id);
    }
  };

  return (
    <div class="pops-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-label="Templates" class="pops-dialog" ref={dialog} onKeyDown={onKeyDown}>
        <div class="pops-dialog-header">
          <h2>{formFor ? formFor.name : 'Insert a template'}</h2>
          <button type="button" class="pops-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        {formFor ? (
          <TemplateFieldsForm
            fields={formFor.kind === 'template' ? formFor.fields : []}
            initial={initialValues(formFor)}
            onSubmit={(values) => onInsert(formFor, values)}
            onBack={() => setFormFor(null)}
          />
        ) : (
          <div class="pops-picker-body">
            <div class="pops-picker-list">
              <input
                type="search"
                class="pops-search"
                aria-label="Search templates"
                placeholder="Search templates"
                aria-controls={LIST_ID}
                aria-activedescendant={active ? optionId(LIST_ID, active.id) : undefined}
                ref={searchBox}
                value={query}
                onInput={(event) => {
                  setQuery(event.currentTarget.value);
                  setActiveId(undefined);
                }}
              />
              <TemplateList
                listId={LIST_ID}
                activeId={active?.id}
                templates={matches.map(({ template, inScope }) => ({ ...template, inScope }))}
                onHover={setActiveId}
                onChoose={choose}
              />
            </div>
            {active && (
              <section class="pops-preview" aria-label="Preview" tabIndex={0}>
                <div dangerouslySetInnerHTML={{ __html: preview(active) }} />
              </section>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
