import { describe, expect, it } from 'vitest';
import './render-dom-shim';
import { draftFromTemplate, emptyDraft, previewHtml, templateFromDraft, validateDraft } from '@/components/options/templates/draft';
import { builtinTemplates } from '@/utils/templates';

/** The fields the background owns (id, version, owner, updatedAt, source) are not part of a draft. */
const ownedByBackground = ({ id: _i, version: _v, owner: _o, updatedAt: _u, source: _s, ...rest }: Record<string, unknown>) => rest;
const dropUndefined = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('options editor draft', () => {
  it.each(builtinTemplates.map((t) => [t.id, t] as const))('round-trips %s without losing anything', (_id, template) => {
    const draft = draftFromTemplate(template);
    expect(validateDraft(draft)).toEqual([]);
    expect(dropUndefined(ownedByBackground(templateFromDraft(draft)))).toEqual(dropUndefined(ownedByBackground(template as never)));
  });

  it('a duplicate drops the id and says it is a copy', () => {
    const draft = draftFromTemplate(builtinTemplates[0]!, true);
    expect(draft.id).toBeUndefined();
    expect(draft.name).toBe(`${builtinTemplates[0]!.name} (copy)`);
  });

  it('reports path-precise errors and still previews the body', () => {
    const draft = { ...emptyDraft(), body: '## Hello {{who}}\n<img src=x onerror=alert(1)>' };
    expect(validateDraft(draft)).toEqual(['name: must not be empty']);
    const html = previewHtml(draft);
    expect(html).toMatch(/<h2[^>]*>Hello {{who}}<\/h2>/);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('splits comma lists and only gives select fields options', () => {
    const draft = {
      ...emptyDraft(),
      name: 'X',
      tags: 'a, b,,c',
      fields: [
        { key: 'sev', label: 'Severity', type: 'select' as const, options: 'S1, S2', default: 'S2', required: true },
        { key: 'note', label: 'Note', type: 'text' as const, options: 'ignored', default: '', required: false },
      ],
      scope: { jira: true, confluence: false, projectKeys: 'ABC, OPS', issueTypes: '', spaceKeys: '' },
    };
    const t = templateFromDraft(draft);
    expect(t).toMatchObject({ tags: ['a', 'b', 'c'], scope: { products: ['jira'], projectKeys: ['ABC', 'OPS'] } });
    expect(t.fields).toEqual([
      { key: 'sev', label: 'Severity', type: 'select', options: ['S1', 'S2'], default: 'S2', required: true, help: undefined },
      { key: 'note', label: 'Note', type: 'text', options: undefined, default: undefined, required: false, help: undefined },
    ]);
    expect(validateDraft(draft)).toEqual([]);
  });
});
