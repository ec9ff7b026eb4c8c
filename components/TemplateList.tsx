import { useEffect, useRef } from 'preact/hooks';

export interface ListedTemplate {
  id: string;
  name: string;
  description: string;
  inScope: boolean;
}

interface Props {
  templates: readonly ListedTemplate[];
  activeId: string | undefined;
  listId: string;
  onHover(id: string): void;
  onChoose(id: string): void;
}

export const optionId = (listId: string, templateId: string) => `${listId}-${templateId}`;

/**
 * Each option holds the template name only, so its accessible name is exactly that name (public contract) and
 * matches its visible text (WCAG 2.5.3). The badge and description sit beside it in a presentational row,
 * hidden from the listbox's children and read as the option's description.
 */
export function TemplateList({ templates, activeId, listId, onHover, onChoose }: Props) {
  const list = useRef<HTMLUListElement>(null);
  // The list is driven from the search box, so the active option has to be brought into view here.
  useEffect(() => list.current?.querySelector('.pops-option-active')?.scrollIntoView({ block: 'nearest' }), [activeId]);
  if (templates.length === 0) return <p class="pops-empty">No template matches.</p>;
  return (
    <ul role="listbox" id={listId} aria-label="Templates list" class="pops-list" ref={list}>
      {templates.map((template) => {
        const id = optionId(listId, template.id);
        const active = template.id === activeId;
        return (
          <li
            key={template.id}
            role="presentation"
            class={active ? 'pops-option pops-option-active' : 'pops-option'}
            // Move, not enter: a list opening under a resting pointer must not steal the keyboard selection.
            onMouseMove={() => template.id !== activeId && onHover(template.id)}
            onClick={() => onChoose(template.id)}
          >
            <span
              id={id}
              role="option"
              aria-selected={active}
              aria-describedby={template.inScope ? `${id}-badge ${id}-desc` : `${id}-desc`}
              class="pops-option-name"
            >
              {template.name}
            </span>
            {template.inScope && (
              <span class="pops-badge" id={`${id}-badge`} aria-hidden="true">
                Suggested
              </span>
            )}
            <span class="pops-option-desc" id={`${id}-desc`} aria-hidden="true">
              {template.description}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
