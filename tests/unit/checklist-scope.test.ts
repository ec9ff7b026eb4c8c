/** Scope rules for the checklist panel: what is shown for a page context and what can be added. */
import { describe, expect, it } from 'vitest';
import { progressOf } from '@/utils/checklists/progress';
import { checklistsIn, selectChecklists } from '@/utils/checklists/select';
import type { RenderContext } from '@/utils/schemas/template';
import { builtinTemplates } from '@/utils/templates';
import { definitionOfReady } from '@/utils/templates/definition-of-ready';

const ids = (list: { id: string }[]) => list.map((c) => c.id);
const jira = (issueType: string): RenderContext => ({ date: '', product: 'jira', projectKey: 'ABC', issueKey: 'ABC-1', issueType });

describe('selectChecklists', () => {
  it('shows Definition of Ready and Done for a Story, with Launch readiness addable', () => {
    const { shown, addable } = selectChecklists(builtinTemplates, jira('Story'), []);
    expect(ids(shown)).toEqual(['definition-of-ready', 'definition-of-done']);
    expect(ids(addable)).toEqual(['launch-readiness']);
  });

  it('matches issue types case-insensitively and shows Launch readiness for an Epic only', () => {
    expect(ids(selectChecklists(builtinTemplates, jira('story'), []).shown)).toEqual(['definition-of-ready', 'definition-of-done']);
    expect(ids(selectChecklists(builtinTemplates, jira('Epic'), []).shown)).toEqual(['launch-readiness']);
  });

  it('shows nothing in scope for a Bug, but a checklist the user attached to the issue', () => {
    expect(selectChecklists(builtinTemplates, jira('Bug'), []).shown).toEqual([]);
    const { shown, addable } = selectChecklists(builtinTemplates, jira('Bug'), ['definition-of-done', 'gone-from-library']);
    expect(ids(shown)).toEqual(['definition-of-done']);
    expect(ids(addable)).toEqual(['definition-of-ready', 'launch-readiness']);
  });

  it('on Confluence, issue-type scope does not apply, Jira-only checklists do not show', () => {
    const { shown } = selectChecklists(builtinTemplates, { date: '', product: 'confluence', spaceKey: 'ENG', pageId: '1' } as RenderContext, []);
    expect(ids(shown)).toEqual(['launch-readiness']);
  });

  it('never lists a document template as a checklist', () => {
    expect(checklistsIn(builtinTemplates).every((t) => t.kind === 'checklist')).toBe(true);
    expect(ids(checklistsIn(builtinTemplates))).toHaveLength(3);
  });
});

describe('progressOf', () => {
  it('counts ticks and lists the open mandatory items in order', () => {
    const progress = progressOf(definitionOfReady, { 'user-value': true, designs: true });
    expect([progress.done, progress.total]).toEqual([2, 8]);
    expect(ids(progress.openMandatory)).toEqual(['acceptance-criteria', 'estimated', 'dependencies', 'po-approved']);
  });
});
