/** Shared builders for the renderer tests. */
import './render-dom-shim';
import type { Checklist, RenderContext, TemplateDoc, TemplateField } from '../../utils/schemas/template';

export const ctx: RenderContext = { date: '2025-06-02', user: 'Ada Lovelace', issueKey: 'PROJ-7', projectKey: 'PROJ', issueType: 'Story' };

export function tpl(body: string, fields: TemplateField[] = []): TemplateDoc {
  return {
    id: 'test',
    kind: 'template',
    version: 1,
    name: 'Test',
    description: '',
    tags: [],
    owner: 'Ops',
    updatedAt: '2025-06-02T09:00:00Z',
    body,
    fields,
    scope: {},
    source: 'personal',
  };
}

export function checklist(items: Checklist['items'], body = ''): Checklist {
  return { ...tpl(body), kind: 'checklist', items };
}

export const textField = (key: string, extra: Partial<TemplateField> = {}): TemplateField => ({
  key,
  label: key,
  type: 'text',
  required: false,
  ...extra,
});

/** Parse HTML into a detached container for DOM assertions. */
export function dom(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}
