/**
 * The seven places a PM inserts templates (issue 4 "Done when"). Each says how to reach its editor,
 * where its "Insert template" button sits, and how to read and undo the editor's own document.
 */
import type { Locator, Page } from 'playwright-core';
import type { FixtureUrls } from '../../fixtures/urls';
import { fromProseMirror, fromTinyMceInPage, fromWiki, type Structure } from './structure';

export interface InsertTarget {
  name: string;
  url(urls: FixtureUrls): string;
  /** Self-hosted targets need their origin granted first. */
  dcOrigin?(urls: FixtureUrls): string;
  /** Brings the editor surface up (open a dialog, switch to Visual…). */
  prepare?(page: Page): Promise<void>;
  /** The element our button is mounted in. */
  anchor(page: Page): Locator;
  /** Puts the caret inside the editor, for the keyboard shortcut. */
  focusEditor(page: Page): Promise<void>;
  template: 'Bug report' | 'Product requirements';
  fields: Record<string, string>;
  read(page: Page): Promise<Structure>;
  undo(page: Page): Promise<void>;
}

const pmRead = (role: string) => async (page: Page) =>
  fromProseMirror(await page.evaluate((r) => window.__fixture.doc(r) as never, role));
const pmUndo = (role: string) => async (page: Page) => {
  await page.evaluate((r) => window.__fixture.undo(r), role);
};
const tinyRead = (role: string) => async (page: Page) =>
  page.evaluate(fromTinyMceInPage, await page.evaluate((r) => window.__fixture.tinymceContent(r), role));
const tinyUndo = (role: string) => async (page: Page) => {
  await page.evaluate((r) => window.__fixture.tinymceUndo(r), role);
};
const clickIn = (selector: string) => async (page: Page) => {
  await page.locator(selector).click();
};
const tinyFocus = (frame: string) => async (page: Page) => {
  await page.frameLocator(frame).locator('body').click();
};
const bug = { Environment: 'Staging EU', Severity: 'S2 - Major' };
const prd = { 'Document owner': 'Dana Okafor', 'Target release': '2027.1' };

export const insertTargets: InsertTarget[] = [
  {
    name: 'Jira Cloud create modal',
    url: (u) => u.jiraCloudIssue('ABC-1'),
    async prepare(page) {
      await page.getByRole('button', { name: 'Create', exact: true }).first().click();
      const typePicker = page.locator('[id="issue-create.ui.modal.create-form.type-picker.issue-type-select"]');
      await typePicker.getByRole('combobox').click();
      await typePicker.getByRole('option', { name: 'Bug' }).click();
    },
    anchor: (page) => page.locator('[data-testid="issue-create.ui.modal.create-form.layout-renderer.field-renderer.field.description"]'),
    focusEditor: clickIn('[id="issue-create.ui.modal.create-form"] #ak-editor-textarea'),
    template: 'Bug report',
    fields: bug,
    read: pmRead('create'),
    undo: pmUndo('create'),
  },
  {
    name: 'Jira Cloud issue view (read → edit)',
    url: (u) => u.jiraCloudIssue('ABC-2'),
    anchor: (page) => page.locator('[data-testid="issue.views.issue-base.common.description.label"]'),
    async focusEditor(page) {
      await page.locator('[data-testid="issue.views.field.rich-text.description"]').click();
      await page.locator('[data-testid="issue.views.field.rich-text.editor-container"] #ak-editor-textarea').click();
    },
    template: 'Bug report',
    fields: bug,
    read: pmRead('description'),
    undo: pmUndo('description'),
  },
  {
    name: 'Jira Cloud comment',
    url: (u) => u.jiraCloudIssue('ABC-2'),
    anchor: (page) => page.locator('[data-testid="issue.activity.comment"]'),
    async focusEditor(page) {
      await page.locator('[data-testid="canned-comments.common.ui.comment-text-area-placeholder.textarea"]').click();
      await page.locator('[data-testid="issue.activity.comment"] #ak-editor-textarea').click();
    },
    template: 'Bug report',
    fields: bug,
    read: pmRead('comment'),
    undo: pmUndo('comment'),
  },
  {
    name: 'Confluence Cloud editor',
    url: (u) => u.confluenceCloudEdit,
    anchor: (page) => page.locator('#editor-title-id'),
    focusEditor: clickIn('[data-testid="editor-wrapper"] #ak-editor-textarea'),
    template: 'Product requirements',
    fields: prd,
    read: pmRead('page'),
    undo: pmUndo('page'),
  },
  {
    name: 'Jira DC textarea (wiki markup)',
    url: (u) => u.jiraDcCreate,
    dcOrigin: (u) => u.origins.jiraDc,
    anchor: (page) => page.locator('#description-wiki-edit'),
    focusEditor: clickIn('textarea#description'),
    template: 'Bug report',
    fields: bug,
    read: async (page) => fromWiki(await page.locator('textarea#description').inputValue()),
    async undo(page) {
      await page.locator('textarea#description').focus();
      await page.keyboard.press('Control+z');
    },
  },
  {
    name: 'Jira DC Visual (TinyMCE)',
    url: (u) => u.jiraDcCreate,
    dcOrigin: (u) => u.origins.jiraDc,
    async prepare(page) {
      await page.locator('#description-wiki-edit li[data-mode="wysiwyg"] > button').click();
      await page.frameLocator('#description-wiki-edit iframe').locator('body#tinymce').waitFor();
    },
    anchor: (page) => page.locator('#description-wiki-edit'),
    focusEditor: tinyFocus('#description-wiki-edit iframe'),
    template: 'Bug report',
    fields: bug,
    read: tinyRead('description-visual'),
    undo: tinyUndo('description-visual'),
  },
  {
    name: 'Confluence DC editor (TinyMCE)',
    url: (u) => u.confluenceDcEdit,
    dcOrigin: (u) => u.origins.confluenceDc,
    async prepare(page) {
      await page.frameLocator('#wysiwygTextarea_ifr').locator('body#tinymce').waitFor();
    },
    anchor: (page) => page.locator('.rte-toolbar-group-insert'),
    focusEditor: tinyFocus('#wysiwygTextarea_ifr'),
    template: 'Product requirements',
    fields: prd,
    read: tinyRead('page'),
    undo: tinyUndo('page'),
  },
];
