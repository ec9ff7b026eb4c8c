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

/** Options are named by the template name alone (aria-label), so tests and screen readers get a stable name. */
export function TemplateList({ templates, activeId, listId, onHover, onChoose }: Props) {
  if (templates.length === 0) return <p class="pops-empty">No template matches.</p>;
  return (
    <ul role="listbox" id={listId} aria-label="Templates list" class="pops-list">
      {templates.map((template) => (
        <li
          key={template.id}
          id={optionId(listId, template.id)}
          role="option"
          aria-label={template.name}
          aria-selected={template.id === activeId}
          class="pops-option"
          onMouseEnter={() => onHover(template.id)}
          onClick={() => onChoose(template.id)}
        >
          <span class="pops-option-name">{template.name}</span>
          {template.inScope && <span class="pops-badge">Suggested</span>}
          <span class="pops-option-desc">{template.description}</span>
        </li>
      ))}
    </ul>
  );
}
