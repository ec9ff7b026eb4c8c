/**
 * The editor's form state and its two-way mapping to a Template. Lists the user types as text
 * (tags, options, project keys…) stay text while editing, so typing a comma never jumps the caret.
 */
import { render } from '@/utils/render';
import { FIELD_TYPES, parseTemplate, type Template, type TemplateField } from '@/utils/schemas/template';
import { localDay } from '@/utils/calendar';

export type FieldType = (typeof FIELD_TYPES)[number];
export interface FieldDraft {
  key: string;
  label: string;
  type: FieldType;
  options: string;
  default: string;
  required: boolean;
}
export interface ItemDraft {
  id: string;
  text: string;
  mandatory: boolean;
  help?: string;
}
export interface ScopeDraft {
  jira: boolean;
  confluence: boolean;
  projectKeys: string;
  issueTypes: string;
  spaceKeys: string;
}
export interface Draft {
  /** Set when editing a personal template; absent for a new one (the background assigns it). */
  id?: string;
  kind: 'template' | 'checklist';
  name: string;
  description: string;
  tags: string;
  body: string;
  minutesSaved: string;
  fields: FieldDraft[];
  scope: ScopeDraft;
  items: ItemDraft[];
  /** Kept as they are: the editor has no control for them, but an edit must not drop them. */
  requiredSections?: string[];
  help: Record<string, string | undefined>;
}

const list = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
const optional = <T,>(values: T[]) => (values.length > 0 ? values : undefined);

export const emptyDraft = (): Draft => ({
  kind: 'template',
  name: '',
  description: '',
  tags: '',
  body: '## Context\n\n## Next steps\n- [ ] ',
  minutesSaved: '',
  fields: [],
  scope: { jira: false, confluence: false, projectKeys: '', issueTypes: '', spaceKeys: '' },
  items: [],
  help: {},
});

export const emptyField = (): FieldDraft => ({ key: '', label: '', type: 'text', options: '', default: '', required: false });

export function draftFromTemplate(t: Template, copy = false): Draft {
  return {
    id: copy ? undefined : t.id,
    kind: t.kind,
    name: copy ? `${t.name} (copy)`.slice(0, 80) : t.name,
    description: t.description,
    tags: t.tags.join(', '),
    body: t.body,
    minutesSaved: t.minutesSaved === undefined ? '' : String(t.minutesSaved),
    fields: t.fields.map((f) => ({ key: f.key, label: f.label, type: f.type, options: (f.options ?? []).join(', '), default: f.default ?? '', required: f.required })),
    scope: {
      jira: t.scope.products?.includes('jira') ?? false,
      confluence: t.scope.products?.includes('confluence') ?? false,
      projectKeys: (t.scope.projectKeys ?? []).join(', '),
      issueTypes: (t.scope.issueTypes ?? []).join(', '),
      spaceKeys: (t.scope.spaceKeys ?? []).join(', '),
    },
    items: t.kind === 'checklist' ? t.items.map((i) => ({ id: i.id, text: i.text, mandatory: i.mandatory, help: i.help })) : [],
    requiredSections: t.requiredSections,
    help: Object.fromEntries(t.fields.map((f) => [f.key, f.help])),
  };
}

const itemId = (item: ItemDraft, i: number) =>
  item.id || item.text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || `item-${i + 1}`;

/** What savePersonalTemplate receives; the background adds id (if new), version, owner, updatedAt, source. */
export function templateFromDraft(draft: Draft): Record<string, unknown> {
  const fields: TemplateField[] = draft.fields.map((f) => ({
    key: f.key.trim(),
    label: f.label,
    type: f.type,
    options: f.type === 'select' ? list(f.options) : undefined,
    default: f.default === '' ? undefined : f.default,
    required: f.required,
    help: draft.help[f.key],
  }));
  const products = optional([...(draft.scope.jira ? ['jira'] : []), ...(draft.scope.confluence ? ['confluence'] : [])]);
  const minutes = draft.minutesSaved.trim();
  return {
    ...(draft.id ? { id: draft.id } : {}),
    kind: draft.kind,
    name: draft.name,
    description: draft.description,
    tags: list(draft.tags),
    body: draft.body,
    fields,
    scope: {
      products,
      projectKeys: optional(list(draft.scope.projectKeys)),
      issueTypes: optional(list(draft.scope.issueTypes)),
      spaceKeys: optional(list(draft.scope.spaceKeys)),
    },
    ...(minutes ? { minutesSaved: Number(minutes) } : {}),
    ...(draft.requiredSections ? { requiredSections: draft.requiredSections } : {}),
    ...(draft.kind === 'checklist' ? { items: draft.items.map((item, i) => ({ id: itemId(item, i), text: item.text, mandatory: item.mandatory, help: item.help })) } : {}),
  };
}

const standIns = () => ({ id: 'draft', version: 1, owner: 'Me', updatedAt: new Date().toISOString(), source: 'personal' });

/** The same zod check the background runs, with stand-ins for the fields it owns. */
export function validateDraft(draft: Draft): string[] {
  const parsed = parseTemplate({ ...standIns(), ...templateFromDraft(draft) });
  return parsed.ok ? [] : parsed.errors;
}

/**
 * Sanitised HTML (render() runs DOMPurify); prompted fields show their defaults or {{placeholders}}.
 * The preview follows the body even while other parts of the form are still invalid.
 */
export function previewHtml(draft: Draft): string {
  const template = { ...standIns(), ...templateFromDraft(draft) } as Template;
  try {
    return render(template, {}, 'html', { date: localDay() });
  } catch {
    return '';
  }
}
