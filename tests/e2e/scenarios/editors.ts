/**
 * The editors the shared insertion scenarios write into, one per editor kind, with how to read and
 * undo each editor's own document (the same knowledge as tests/e2e/insertion/targets.ts, driver-free).
 */
import type { FixtureUrls } from '../../fixtures/urls';
import type { By, DriverPage } from '../harness/driver';
import { fromProseMirror, fromTinyMceInPage, fromWiki, type Structure } from '../insertion/structure';

export interface Editor {
  id: string;
  title: string;
  url(urls: FixtureUrls): string;
  /** Self-hosted editors need their origin granted first. */
  dcOrigin?(urls: FixtureUrls): string;
  /** Present once the editor surface is up. */
  ready?: By;
  /** The element our "Insert template" button is mounted in. */
  anchor: By;
  /** Clicked in order to put the caret inside the editor (for the keyboard shortcut). */
  focus: By[];
  /** Editors we fill by a synthetic paste; `frame` when the editor's document is an iframe's. */
  paste?: { frame?: string };
  template: 'Bug report' | 'Product requirements';
  fields: Record<string, string>;
  read(page: DriverPage): Promise<Structure>;
  undo(page: DriverPage): Promise<void>;
}

const pm = (role: string) => ({
  read: async (page: DriverPage) => fromProseMirror(await page.evaluate((r) => window.__fixture.doc(r) as never, role)),
  undo: async (page: DriverPage) => {
    await page.evaluate((r) => window.__fixture.undo(r), role);
  },
});
const tiny = (role: string) => ({
  read: async (page: DriverPage) => page.evaluate(fromTinyMceInPage, await page.evaluate((r) => window.__fixture.tinymceContent(r), role)),
  undo: async (page: DriverPage) => {
    await page.evaluate((r) => window.__fixture.tinymceUndo(r), role);
  },
});
const bug = { Environment: 'Staging EU', Severity: 'S2 - Major' };
const prd = { 'Document owner': 'Dana Okafor', 'Target release': '2027.1' };

export const jiraCloudDescription: Editor = {
  id: 'prosemirror-jira-cloud',
  title: 'ProseMirror: Jira Cloud issue description',
  url: (u) => u.jiraCloudIssue('ABC-2'),
  anchor: { css: '[data-testid="issue.views.issue-base.common.description.label"]' },
  focus: [
    { css: '[data-testid="issue.views.field.rich-text.description"]' },
    { css: '[data-testid="issue.views.field.rich-text.editor-container"] #ak-editor-textarea' },
  ],
  paste: {},
  template: 'Bug report',
  fields: bug,
  ...pm('description'),
};

export const editors: Editor[] = [
  jiraCloudDescription,
  {
    id: 'prosemirror-confluence-cloud',
    title: 'ProseMirror: Confluence Cloud editor',
    url: (u) => u.confluenceCloudEdit,
    anchor: { css: '#editor-title-id' },
    focus: [{ css: '[data-testid="editor-wrapper"] #ak-editor-textarea' }],
    paste: {},
    template: 'Product requirements',
    fields: prd,
    ...pm('page'),
  },
  {
    id: 'tinymce-confluence-dc',
    title: 'TinyMCE: Confluence DC editor',
    url: (u) => u.confluenceDcEdit,
    dcOrigin: (u) => u.origins.confluenceDc,
    ready: { css: 'body#tinymce', frame: '#wysiwygTextarea_ifr' },
    anchor: { css: '.rte-toolbar-group-insert' },
    focus: [{ css: 'body', frame: '#wysiwygTextarea_ifr' }],
    // No paste to check: the page exposes TinyMCE's API, which the extension uses first (utils/editors/tinymce-api.ts).
    template: 'Product requirements',
    fields: prd,
    ...tiny('page'),
  },
  {
    id: 'textarea-jira-dc',
    title: 'Textarea (wiki markup): Jira DC create',
    url: (u) => u.jiraDcCreate,
    dcOrigin: (u) => u.origins.jiraDc,
    anchor: { css: '#description-wiki-edit' },
    focus: [{ css: 'textarea#description' }],
    template: 'Bug report',
    fields: bug,
    read: async (page) => fromWiki(await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('textarea#description')!.value)),
    async undo(page) {
      await page.click({ css: 'textarea#description' });
      await page.press('Control+z');
    },
  },
];
