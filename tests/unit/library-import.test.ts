import { describe, expect, it } from 'vitest';
import { exportFile, planImport } from '@/utils/library/import-export';
import { uniqueId } from '@/utils/library/personal';
import { libraryFile, sampleTemplate } from './library-fixtures';

const existing = [sampleTemplate('standup'), sampleTemplate('kickoff')];
const file = (templates: unknown[]) => JSON.stringify(libraryFile(templates));

describe('planImport', () => {
  it('rejects the whole file when one entry is invalid, naming the entry and the field path', () => {
    const { result, next } = planImport(
      existing,
      file([
        sampleTemplate('fine'),
        { ...sampleTemplate('broken'), name: 'Broken one', fields: [{ key: 'a', label: 'A', type: 'colour', required: true }] },
        { ...sampleTemplate('also-broken'), scope: { products: ['trello'] } },
      ]),
      'replace',
    );
    expect(next).toBeUndefined();
    expect(result).toEqual({
      status: 'invalid',
      errors: [
        'templates[1].fields[0].type: expected one of text|paragraph|select|date|number — entry "Broken one"',
        'templates[2].scope.products[0]: expected one of jira|confluence — entry "Template also-broken"',
      ],
    });
  });

  it('rejects a file that is not JSON or not this format', () => {
    expect(planImport(existing, '{oops', 'ask').result).toMatchObject({ status: 'invalid', errors: [expect.stringMatching(/^\(file\): not valid JSON/)] });
    expect(planImport(existing, JSON.stringify({ schema: 'other/v2', templates: [] }), 'ask').result).toEqual({
      status: 'invalid',
      errors: ['schema: expected "product-ops-kit.templates/v1"'],
    });
  });

  it('asks before touching duplicates, and changes nothing while asking', () => {
    const { result, next } = planImport(existing, file([sampleTemplate('new-one'), sampleTemplate('standup', { name: 'Standup v2' })]), 'ask');
    expect(result).toEqual({ status: 'duplicates', ids: ['standup'] });
    expect(next).toBeUndefined();
  });

  it('replace overwrites the duplicate in place', () => {
    const { result, next } = planImport(existing, file([sampleTemplate('standup', { name: 'Standup v2' })]), 'replace');
    expect(result).toEqual({ status: 'imported', added: [], replaced: ['standup'], renamed: [] });
    expect(next?.map((t) => [t.id, t.name])).toEqual([['standup', 'Standup v2'], ['kickoff', 'Template kickoff']]);
  });

  it('keep both gives the incoming copy a new id with a suffix', () => {
    const { result, next } = planImport(existing, file([sampleTemplate('standup', { name: 'Standup v2' }), sampleTemplate('standup-2')]), 'keep-both');
    expect(result).toEqual({ status: 'imported', added: ['standup-2'], replaced: [], renamed: [{ from: 'standup', to: 'standup-3' }] });
    expect(next?.map((t) => t.id)).toEqual(['standup', 'kickoff', 'standup-3', 'standup-2']);
  });

  it('marks every imported entry as personal, whatever the file claims', () => {
    const { next } = planImport([], file([{ ...sampleTemplate('x'), source: 'managed' }]), 'ask');
    expect(next?.[0]?.source).toBe('personal');
  });

  it('round-trips an export', () => {
    const { json, fileName } = exportFile(existing, new Date('2025-03-10T12:00:00Z'));
    expect(fileName).toBe('product-ops-kit-templates-2025-03-10.json');
    expect(JSON.parse(json).schema).toBe('product-ops-kit.templates/v1');
    expect(planImport([], json, 'ask').next).toEqual(existing);
  });
});

describe('uniqueId', () => {
  it('slugs names and avoids taken ids', () => {
    expect(uniqueId('Bug report (copy)', new Set())).toBe('bug-report-copy');
    expect(uniqueId('Bug report', new Set(['bug-report', 'bug-report-2']))).toBe('bug-report-3');
    expect(uniqueId('!!!', new Set())).toBe('template');
  });
});
