import { describe, expect, it } from 'vitest';
import { formatIssues, formatPath } from '../../utils/schemas/errors';
import {
  LIBRARY_SCHEMA_ID,
  parseTemplate,
  parseTemplateLibrary,
  templateSchema,
  type TemplateDoc,
} from '../../utils/schemas/template';

const valid: TemplateDoc = {
  id: 'my-template',
  kind: 'template',
  version: 1,
  name: 'Mine',
  description: '',
  tags: [],
  owner: 'Ops',
  updatedAt: '2025-01-31T09:00:00Z',
  body: '## A\n\ntext {{sev}}',
  fields: [{ key: 'sev', label: 'Severity', type: 'select', options: ['High', 'Low'], default: 'Low', required: true }],
  scope: {},
  source: 'personal',
};

const errorsOf = (input: unknown) => {
  const r = parseTemplate(input);
  if (r.ok) throw new Error('expected a validation error');
  return r.errors;
};

describe('template schema', () => {
  it('accepts a valid template and a valid checklist', () => {
    expect(parseTemplate(valid)).toEqual({ ok: true, value: valid });
    const checklist = { ...valid, kind: 'checklist', items: [{ id: 'a', text: 'A', mandatory: true }] };
    expect(parseTemplate(checklist).ok).toBe(true);
  });

  it('discriminates on kind: a template may not carry items, a checklist needs them', () => {
    expect(errorsOf({ ...valid, items: [] })).toEqual(['items: unknown key']);
    expect(errorsOf({ ...valid, kind: 'checklist' })).toEqual(['items: required (expected array)']);
    expect(errorsOf({ ...valid, kind: 'form' })).toEqual(['kind: expected one of template|checklist']);
  });

  it('reports each problem at its exact path', () => {
    const bad = {
      ...valid,
      id: 'Not A Slug',
      version: 0,
      updatedAt: 'yesterday',
      fields: [{ ...valid.fields[0], type: 'radio' }],
      scope: { products: ['jira', 'trello'] },
      minutesSaved: -1,
    };
    expect(errorsOf(bad)).toEqual([
      'id: must be a lowercase slug like "bug-report"',
      'version: must be ≥ 1',
      'updatedAt: expected an ISO date-time like 2025-01-31T09:00:00Z',
      'fields[0].type: expected one of text|paragraph|select|date|number',
      'scope.products[1]: expected one of jira|confluence',
      'minutesSaved: must be ≥ 0',
    ]);
  });

  it('says "required" for missing keys and names the wrong type otherwise', () => {
    const { name: _omit, ...noName } = valid;
    expect(errorsOf(noName)).toEqual(['name: required (expected string)']);
    expect(errorsOf({ ...valid, tags: 'a,b' })).toEqual(['tags: expected array, received string']);
    expect(errorsOf({ ...valid, name: '   ' })).toEqual(['name: must not be empty']);
  });

  it('checks field rules zod shapes cannot express', () => {
    const fields = [
      { key: 'date', label: 'D', type: 'text', required: false },
      { key: 'x', label: 'X', type: 'select', required: false },
      { key: 'x', label: 'X2', type: 'text', options: ['a'], required: false },
      { key: 'n', label: 'N', type: 'number', default: 'ten', required: false },
      { key: 's', label: 'S', type: 'select', options: ['a', 'b'], default: 'c', required: false },
      { key: 'd', label: 'D', type: 'date', default: '31/01/2025', required: false },
      { key: '9lives', label: 'K', type: 'text', required: false },
    ];
    // Shape errors and cross-field errors are reported together, so an admin fixes a file in one pass.
    expect(errorsOf({ ...valid, fields })).toEqual([
      'fields[6].key: must start with a letter and hold only letters, digits and _',
      'fields[0].key: "date" is a built-in variable',
      'fields[1].options: a select field needs options',
      'fields[2].key: duplicate field key "x"',
      'fields[2].options: only select fields take options',
      'fields[3].default: must be a number',
      'fields[4].default: must be one of a|b',
      'fields[5].default: must be a date like 2025-01-31',
    ]);
  });

  it('rejects duplicate checklist item ids', () => {
    const items = [
      { id: 'a', text: 'A', mandatory: true },
      { id: 'a', text: 'B', mandatory: false },
    ];
    expect(errorsOf({ ...valid, kind: 'checklist', items })).toEqual(['items[1].id: duplicate item id "a"']);
  });
});

describe('library file', () => {
  it('round-trips a valid export', () => {
    const file = { schema: LIBRARY_SCHEMA_ID, templates: [valid] };
    expect(parseTemplateLibrary(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, value: file });
  });

  it('prefixes errors with templates[i] and rejects wrong schema ids and duplicate ids', () => {
    const file = {
      schema: 'product-ops-kit.templates/v2',
      templates: [valid, { ...valid, name: 'Other' }, { ...valid, id: 'x', fields: [{ ...valid.fields[0], type: 'radio' }] }],
    };
    const r = parseTemplateLibrary(file);
    expect(r.ok ? [] : r.errors).toEqual([
      'schema: expected "product-ops-kit.templates/v1"',
      'templates[2].fields[0].type: expected one of text|paragraph|select|date|number',
    ]);
    const dupes = parseTemplateLibrary({ ...file, schema: LIBRARY_SCHEMA_ID, templates: file.templates.slice(0, 2) });
    expect(dupes.ok ? [] : dupes.errors).toEqual(['templates[1].id: duplicate template id "my-template"']);
  });
});

describe('formatPath / formatIssues', () => {
  it('formats numeric, identifier and odd keys', () => {
    expect(formatPath(['templates', 2, 'fields', 0, 'type'])).toBe('templates[2].fields[0].type');
    expect(formatPath(['scope', 'my key'])).toBe('scope["my key"]');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'id'], 'file')).toBe('file[0].id');
  });

  it('formats a raw zod error', () => {
    const r = templateSchema.safeParse({ ...valid, version: 1.5 }, { reportInput: true });
    expect(r.success).toBe(false);
    if (!r.success) expect(formatIssues(r.error)).toEqual(['version: expected int, received number']);
  });
});
