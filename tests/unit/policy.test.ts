import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPolicy, parsePolicy, personalTemplatesAllowed, readManagedStorage, resolvePolicySetting } from '@/utils/library/policy';
import { libraryFile, sampleTemplate } from './library-fixtures';

const service = { id: 'design-review', name: 'Design review', description: '', question: 'csat', active: true };

describe('parsePolicy', () => {
  it('keeps every valid key as enforced and marks managed templates as managed', () => {
    const policy = parsePolicy({
      templates: libraryFile([{ ...sampleTemplate('ops-brief'), source: 'personal' }]),
      libraryUrl: 'https://ops.example.com/library.json',
      services: [service],
      endpoint: { url: 'https://collect.example.com/v1/batch', writeKey: 'k', sendUsage: true },
      dcOrigins: ['https://jira.example.com'],
      allowPersonalTemplates: false,
      feedbackPrompts: false,
      retentionDays: 90,
    });
    expect(policy.problems).toEqual([]);
    expect(policy.enforced.templates?.map((t) => [t.id, t.source])).toEqual([['ops-brief', 'managed']]);
    expect(policy.enforced).toMatchObject({ libraryUrl: 'https://ops.example.com/library.json', retentionDays: 90, allowPersonalTemplates: false });
    expect(personalTemplatesAllowed(policy)).toBe(false);
  });

  it('drops only the broken parts and reports each with its path', () => {
    const policy = parsePolicy({
      templates: libraryFile([sampleTemplate('good'), { ...sampleTemplate('bad'), fields: [{ key: 'x', label: 'X', type: 'colour', required: true }] }]),
      services: [{ ...service, question: 'stars' }],
      retentionDays: 3,
      libraryUrl: 'http://ops.example.com/library.json',
      feedbackPrompts: true,
      surprise: 1,
      defaults: { retentionDays: 30, allowPersonalTemplates: true },
    });
    expect(policy.enforced).toEqual({ feedbackPrompts: true });
    expect(policy.defaults).toEqual({ retentionDays: 30 });
    expect(policy.problems).toEqual(
      expect.arrayContaining([
        'templates.templates[1].fields[0].type: expected one of text|paragraph|select|date|number (ignored)',
        'services[0].question: expected one of ces|csat|nps|thumbs (ignored)',
        'retentionDays: must be ≥ 7 (ignored)',
        'libraryUrl: must be an https URL (http only for localhost) (ignored)',
        'surprise: unknown policy key (ignored)',
        'defaults.allowPersonalTemplates: unknown policy key (ignored)',
      ]),
    );
    expect(policy.problems).toHaveLength(6);
  });

  it('treats a non-object policy as no policy', () => {
    expect(parsePolicy('nonsense')).toEqual({ enforced: {}, defaults: {}, problems: [] });
    expect(parsePolicy({ defaults: [] }).problems).toEqual(['defaults: expected object (ignored)']);
  });

  it('resolves a setting: enforced (locked) beats a default (changeable)', () => {
    const policy = parsePolicy({ retentionDays: 60, defaults: { retentionDays: 30, libraryUrl: 'https://t.example.com/l.json' } });
    expect(resolvePolicySetting(policy, 'retentionDays')).toEqual({ value: 60, locked: true });
    expect(resolvePolicySetting(policy, 'libraryUrl')).toEqual({ value: 'https://t.example.com/l.json', locked: false });
    expect(resolvePolicySetting(policy, 'dcOrigins')).toBeUndefined();
    expect(personalTemplatesAllowed(policy)).toBe(true);
  });
});

describe('reading storage.managed', () => {
  beforeEach(() => fakeBrowser.reset());

  it('handles Firefox throwing when no policy is installed', async () => {
    const firefox = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedStorage(firefox)).toEqual({});
    expect(await getPolicy(firefox)).toEqual({ enforced: {}, defaults: {}, problems: [] });
  });

  it('handles a synchronous throw and an undefined answer', async () => {
    expect(await readManagedStorage({ get: () => { throw new Error('not supported'); } })).toEqual({});
    expect(await readManagedStorage({ get: async () => undefined as never })).toEqual({});
  });

  it('reads browser.storage.managed by default', async () => {
    await fakeBrowser.storage.managed.set({ allowPersonalTemplates: false });
    expect((await getPolicy()).enforced).toEqual({ allowPersonalTemplates: false });
  });
});
