import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../utils/schemas/template';
import { builtinTemplates } from '../../utils/templates';
import { inScope, rankForContext } from '../../utils/templates/scope';
import { tpl } from './render-test-helpers';

const story: RenderContext = { date: '2025-06-02', product: 'jira', projectKey: 'PROJ', issueType: 'Story', issueKey: 'PROJ-1' };
const bug: RenderContext = { ...story, issueType: 'Bug' };
const page: RenderContext = { date: '2025-06-02', product: 'confluence', spaceKey: 'ENG', pageTitle: 'Plan' };

const ids = (ctx: RenderContext) => builtinTemplates.filter((t) => inScope(t, ctx)).map((t) => t.id);

describe('inScope', () => {
  it('gives stories User story, DoR and DoD', () => {
    expect(ids(story)).toEqual(['user-story', 'definition-of-ready', 'definition-of-done']);
  });

  it('gives bugs the bug report', () => {
    expect(ids(bug)).toEqual(['bug-report']);
  });

  it('gives Confluence the page templates and launch readiness', () => {
    expect(ids(page)).toEqual([
      'product-requirements',
      'decision-record',
      'release-notes',
      'retrospective',
      'incident-postmortem',
      'launch-readiness',
    ]);
  });

  it('matches issue types case-insensitively and infers the product when absent', () => {
    expect(ids({ date: '', issueType: 'story' })).toContain('user-story');
    expect(ids({ date: '', spaceKey: 'ENG' })).toContain('product-requirements');
  });

  it('treats an empty scope as everywhere and an unknown product as outside product scopes', () => {
    const everywhere = tpl('x');
    expect(inScope(everywhere, story) && inScope(everywhere, page) && inScope(everywhere, { date: '' })).toBe(true);
    expect(inScope({ ...everywhere, scope: { products: ['jira'] } }, { date: '' })).toBe(false);
  });

  it('applies projectKeys to Jira and spaceKeys to Confluence only', () => {
    const t = { ...tpl('x'), scope: { projectKeys: ['ABC'], spaceKeys: ['ENG'] } };
    expect(inScope(t, story)).toBe(false);
    expect(inScope(t, { ...story, projectKey: 'abc' })).toBe(true);
    expect(inScope(t, page)).toBe(true);
    expect(inScope(t, { ...page, spaceKey: 'HR' })).toBe(false);
  });
});

describe('rankForContext', () => {
  it('puts in-scope templates first and keeps the original order in each group', () => {
    const ranked = rankForContext(builtinTemplates, bug).map((t) => t.id);
    expect(ranked[0]).toBe('bug-report');
    expect(ranked.slice(1)).toEqual(builtinTemplates.filter((t) => t.id !== 'bug-report').map((t) => t.id));
    expect(ranked).toHaveLength(builtinTemplates.length);
  });
});
