import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { render, renderChecklist, requiredSectionsOf } from '../../utils/render';
import { parseTemplate, parseTemplateLibrary, LIBRARY_SCHEMA_ID, type Template } from '../../utils/schemas/template';
import { builtinTemplates } from '../../utils/templates';
import { parseAtlassianHtml } from '../fixtures/editors/atlassian-schema';
import { ctx } from './render-test-helpers';

const byId = (id: string) => {
  const t = builtinTemplates.find((x) => x.id === id);
  if (!t) throw new Error(`no built-in ${id}`);
  return t;
};

function nodeTypes(doc: PMNode): Set<string> {
  const seen = new Set<string>();
  doc.descendants((n) => {
    seen.add(n.type.name);
  });
  return seen;
}

/** Values for every field: select → its default, others → a recognisable string. */
const valuesFor = (t: Template) => Object.fromEntries(t.fields.map((f) => [f.key, f.default ?? `<${f.key}>`]));

describe('built-in library', () => {
  it('has the agreed templates and checklists with unique ids', () => {
    expect(builtinTemplates.map((t) => `${t.kind}:${t.id}`)).toEqual([
      'template:user-story',
      'template:bug-report',
      'template:epic-brief',
      'template:product-requirements',
      'template:decision-record',
      'template:release-notes',
      'template:retrospective',
      'template:incident-postmortem',
      'checklist:definition-of-ready',
      'checklist:definition-of-done',
      'checklist:launch-readiness',
    ]);
  });

  it.each(builtinTemplates.map((t) => [t.id, t] as const))('%s validates, is built-in and estimates minutes saved', (_id, t) => {
    const parsed = parseTemplate(t);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(t.source).toBe('builtin');
    expect(t.minutesSaved).toBeGreaterThan(0);
  });

  it('exports as one valid library file', () => {
    const file = JSON.parse(JSON.stringify({ schema: LIBRARY_SCHEMA_ID, templates: builtinTemplates }));
    const parsed = parseTemplateLibrary(file);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it.each(builtinTemplates.map((t) => [t.id, t] as const))('%s renders with every field filled and no placeholder left', (_id, t) => {
    for (const format of ['html', 'tinymce', 'wiki', 'text'] as const) {
      const out = render(t, valuesFor(t), format, { ...ctx, user: 'Ada', pageTitle: 'Page' });
      expect(out).not.toMatch(/\{\{\s*[A-Za-z]/);
    }
  });

  it.each(builtinTemplates.map((t) => [t.id, t] as const))('%s has at least three required sections or is a checklist', (_id, t) => {
    const sections = requiredSectionsOf(t, valuesFor(t), ctx);
    expect(sections.length).toBeGreaterThanOrEqual(t.kind === 'checklist' ? 1 : 3);
  });
});

describe('built-ins parse into the expected editor nodes', () => {
  const expectations: Record<string, string[]> = {
    'user-story': ['heading', 'orderedList', 'panel', 'bulletList'],
    'bug-report': ['heading', 'orderedList', 'table', 'tableHeader', 'panel', 'bulletList'],
    'epic-brief': ['heading', 'table', 'bulletList'],
    'product-requirements': ['heading', 'table', 'panel', 'taskList', 'taskItem', 'bulletList'],
    'decision-record': ['heading', 'table', 'panel', 'bulletList'],
    'release-notes': ['heading', 'panel', 'bulletList'],
    retrospective: ['heading', 'panel', 'taskList', 'taskItem'],
    'incident-postmortem': ['heading', 'table', 'panel', 'taskList', 'taskItem'],
    'definition-of-ready': ['heading', 'taskList', 'taskItem'],
    'definition-of-done': ['heading', 'taskList', 'taskItem'],
    'launch-readiness': ['heading', 'taskList', 'taskItem'],
  };

  it.each(Object.entries(expectations))('%s', (id, expected) => {
    const t = byId(id);
    const doc = parseAtlassianHtml(render(t, valuesFor(t), 'html', ctx));
    const seen = nodeTypes(doc);
    for (const type of expected) expect(seen, `${id} should contain ${type}`).toContain(type);
    const headings: string[] = [];
    doc.forEach((n) => n.type.name === 'heading' && n.attrs.level === 2 && headings.push(n.textContent));
    expect(headings).toEqual(requiredSectionsOf(t, valuesFor(t), ctx));
  });

  it('the bug report severity select defaults into the document', () => {
    const t = byId('bug-report');
    expect(render(t, {}, 'text', ctx)).toContain('**Severity:** S3 - Minor'.replace(/\*\*/g, ''));
    expect(render(t, { severity: 'S1 - Critical' }, 'wiki', ctx)).toContain('*Severity:* S1 \\- Critical');
  });

  it('checklist items keep their ids, mandatory flags and tick state', () => {
    const dod = byId('definition-of-done');
    if (dod.kind !== 'checklist') throw new Error('expected checklist');
    expect(dod.items.filter((i) => i.mandatory).length).toBeGreaterThan(0);
    const doc = parseAtlassianHtml(renderChecklist(dod, { 'code-reviewed': true }, 'html', ctx));
    const states: string[] = [];
    doc.descendants((n) => {
      if (n.type.name === 'taskItem') states.push(n.attrs.state);
    });
    expect(states).toEqual(dod.items.map((i) => (i.id === 'code-reviewed' ? 'DONE' : 'TODO')));
  });
});
