/**
 * Issue 4 and 6 in the page: SPA navigation keeps one button per editor and re-reads the context, the
 * suggestion chip, the template feedback prompt, the recorded events, and a reloaded extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness';
import { readStore } from '../harness/idb';
import { chooseTemplate, fillAndInsert, insertButtons, picker } from '../harness/picker';

// Runs inside the extension's service worker, where `chrome` exists.
declare const chrome: typeof browser;

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const description = (page: Page) => page.locator('[data-testid="issue.views.issue-base.common.description.label"]');
const comment = (page: Page) => page.locator('[data-testid="issue.activity.comment"]');

async function firstOption(page: Page): Promise<string | null> {
  await picker(page).getByRole('option').first().waitFor();
  const name = await picker(page).getByRole('option').first().textContent();
  await page.keyboard.press('Escape');
  await picker(page).waitFor({ state: 'detached' });
  return name;
}

type StoredEvent = { type: string; templateId?: string; editor?: string; site?: string; page?: string; project?: string };

// First: the daily prompt cap (one a day) would be spent by any earlier insert in this browser.
describe('template feedback prompt', () => {
  it('asks once after an insert, records the CES against the template version, then respects the cool-down', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-3'));
    await description(page).getByRole('button', { name: 'Insert template' }).click();
    await chooseTemplate(page, 'Definition of Done', 'done');
    const rating = page.getByRole('radiogroup', { name: 'How easy was it to write this with the template?' });
    await rating.getByRole('radio', { name: '6' }).click();
    await page.getByText('Thanks — recorded.').waitFor();
    const feedback = await readStore<{ serviceId: string; score: number; templateId?: string; templateVersion?: number }>(harness, 'feedback');
    expect(feedback).toEqual([expect.objectContaining({ serviceId: 'templates', score: 6, templateId: 'definition-of-done', templateVersion: 1 })]);
    await expect.poll(() => rating.count(), { timeout: 8000 }).toBe(0);

    await description(page).getByRole('button', { name: 'Insert template' }).click();
    await chooseTemplate(page, 'Definition of Done', 'done');
    await picker(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(1000);
    expect(await rating.count()).toBe(0);
    await page.close();
  });
});

describe('Jira Cloud issue view in a single-page app', () => {
  it('keeps one button per editor across navigation and proposes the new issue’s templates first', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await description(page).getByRole('button', { name: 'Insert template' }).click();
    expect(await firstOption(page)).toBe('User story');

    await page.getByRole('link', { name: 'ABC-2' }).first().click();
    await page.waitForURL(/ABC-2$/);
    await expect.poll(() => description(page).getByRole('button', { name: 'Insert template' }).count()).toBe(1);
    await description(page).getByRole('button', { name: 'Insert template' }).click();
    expect(await firstOption(page)).toBe('Bug report');

    await page.goBack();
    await page.waitForURL(/ABC-1$/);
    await expect.poll(() => description(page).getByRole('button', { name: 'Insert template' }).count()).toBe(1);
    expect(await comment(page).getByRole('button', { name: 'Insert template' }).count()).toBe(1);
    expect(await insertButtons(page).count()).toBe(2);
    await description(page).getByRole('button', { name: 'Insert template' }).click();
    expect(await firstOption(page)).toBe('User story');
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });

  it('records picker_opened and template_inserted with ids, site, editor and project — no page text', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-2'));
    await description(page).getByRole('button', { name: 'Insert template' }).click();
    await chooseTemplate(page, 'Bug report');
    await fillAndInsert(page, { Environment: 'Staging EU' });
    await expect
      .poll(async () => (await readStore<StoredEvent>(harness, 'events')).some((e) => e.templateId === 'bug-report'))
      .toBe(true);
    const events = await readStore<StoredEvent>(harness, 'events');
    expect(events.find((e) => e.type === 'template_inserted' && e.templateId === 'bug-report')).toMatchObject({
      editor: 'prosemirror',
      site: 'jira-cloud',
      page: 'issue',
      project: 'ABC',
    });
    expect(events.some((e) => e.type === 'picker_opened')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('Staging EU');
    await page.close();
  });
});

describe('suggestion chip', () => {
  it('offers Bug report in an empty Bug create form, opens it preselected, and stays dismissed per project', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await page.getByRole('button', { name: 'Create', exact: true }).first().click();
    const typePicker = page.locator('[id="issue-create.ui.modal.create-form.type-picker.issue-type-select"]');
    await typePicker.getByRole('combobox').click();
    await typePicker.getByRole('option', { name: 'Bug' }).click();
    const chip = page.getByRole('button', { name: 'Start with “Bug report”' });
    await chip.click();
    await expect.poll(() => picker(page).getByRole('option', { selected: true }).textContent()).toBe('Bug report');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: "Don't suggest templates in this project" }).click();
    await expect.poll(() => chip.count()).toBe(0);

    await page.reload();
    await page.getByRole('button', { name: 'Create', exact: true }).first().click();
    await page.locator('[data-testid="issue-create.ui.modal.create-form.layout-renderer.field-renderer.field.description"]').getByRole('button', { name: 'Insert template' }).waitFor();
    await page.waitForTimeout(800);
    expect(await page.getByRole('button', { name: /^Start with/ }).count()).toBe(0);
    await page.close();
  });
});

describe('extension reloaded under an open page', () => {
  it('removes its UI and fails quietly, with no page errors', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await description(page).getByRole('button', { name: 'Insert template' }).click();
    await picker(page).waitFor();
    const errorsBefore = harness.pageErrors.length;
    await harness.swEval(() => chrome.runtime.reload());
    await page.waitForTimeout(1000);
    // Chrome does not tell an orphaned content script; the user's next click does.
    await page.locator('[data-testid="issue.views.field.rich-text.editor-container"] #ak-editor-textarea').click({ force: true });
    await expect.poll(() => page.locator('[data-pops]').count(), { timeout: 5000 }).toBe(0);
    await page.keyboard.press('Alt+Shift+T');
    await page.waitForTimeout(500);
    expect(await picker(page).count()).toBe(0);
    expect(harness.pageErrors.slice(errorsBefore)).toEqual([]);
    await page.close();
  });
});
