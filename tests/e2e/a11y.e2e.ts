/**
 * Issue 8 part 1: axe-core (WCAG 2.x A/AA + best practices) over the popup, every options section and the
 * injected UI on the Jira Cloud fixture, with 0 violations; then keyboard-only use of the picker, with
 * focus back in the editor after insert and after Esc.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sections } from '../../entrypoints/options/sections';
import { launch, type Harness } from './harness';
import { describeViolations, runAxe } from './harness/axe';
import { insertButtons, picker } from './harness/picker';

let harness: Harness;
const rulesRun = new Set<string>();
const rulesApplied = new Set<string>();

beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  console.log(`[a11y] axe rules run: ${rulesRun.size} (applied to at least one node: ${rulesApplied.size})`);
  await harness?.close();
});

async function expectNoViolations(page: Page, label: string, include?: string): Promise<void> {
  const report = await runAxe(page, include);
  report.rulesRun.forEach((id) => rulesRun.add(id));
  report.rulesApplied.forEach((id) => rulesApplied.add(id));
  expect(report.violations, `${label}:\n${describeViolations(report.violations)}`).toEqual([]);
}

const OURS = '[data-pops]';
const editorActive = (page: Page, editorSelector: string) =>
  page.evaluate((selector) => !!document.activeElement?.closest(selector), editorSelector);

describe('axe', () => {
  it('popup', async () => {
    const popup = await harness.openPopup();
    await popup.getByRole('radiogroup', { name: 'Templates' }).waitFor();
    await expectNoViolations(popup, 'popup');
    await popup.close();
  });

  it.each(sections.map((s) => [s.id]))('options #%s', async (id) => {
    const options = await harness.newPage(`${harness.extensionUrl('options.html')}#${id}`);
    await options.locator('#section-title').waitFor();
    // Sections load their data from the background; wait until nothing is busy any more.
    await options.waitForLoadState('networkidle');
    await options.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await options.waitForTimeout(300);
    await expectNoViolations(options, `options #${id}`);
    await options.close();
  });

  it('injected UI on Jira Cloud: button, checklist panel, picker, fields form', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await insertButtons(page).first().waitFor();
    await page.locator('section[aria-label="Checklists"][aria-busy="false"]').waitFor();
    await expectNoViolations(page, 'button + checklist panel', OURS);

    await insertButtons(page).first().click();
    await picker(page).getByRole('option', { name: 'Bug report', exact: true }).waitFor();
    await expectNoViolations(page, 'picker', OURS);

    await picker(page).getByRole('option', { name: 'Bug report', exact: true }).click();
    await picker(page).getByRole('button', { name: 'Insert', exact: true }).waitFor();
    await expectNoViolations(page, 'fields form', OURS);
    await page.close();
  });
});

describe('keyboard', () => {
  const DESCRIPTION = '[data-testid="issue.views.field.rich-text.editor-container"] #ak-editor-textarea';

  it('opens the picker with the button by keyboard, chooses with arrows + Enter, fills the form and inserts; focus returns to the editor', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-2'));
    const button = insertButtons(page).first();
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = picker(page);
    await dialog.waitFor();
    expect(await dialog.getByRole('searchbox').evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.type('bug');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Environment').waitFor();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement?.shadowRoot?.activeElement as HTMLInputElement | null | undefined;
      return { tag: el?.tagName ?? '', name: (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim() };
    });
    // The form takes focus on its first control.
    await expect.poll(async () => (await focused()).tag).toMatch(/^(INPUT|SELECT|TEXTAREA)$/);
    // Tab through the form: type the environment, then press Insert.
    for (let i = 0; i < 20 && (await focused()).name !== 'Insert'; i++) {
      if ((await focused()).name.startsWith('Environment')) await page.keyboard.type('Staging EU');
      await page.keyboard.press('Tab');
    }
    expect((await focused()).name).toBe('Insert');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => window.__fixture.text('description'))).toContain('Staging EU');
    await expect.poll(() => editorActive(page, DESCRIPTION)).toBe(true);
    await page.close();
  });

  it('Esc in the form goes back to the list, a second Esc closes and focus returns to the editor', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-2'));
    await insertButtons(page).first().click();
    const dialog = picker(page);
    await dialog.getByRole('option', { name: 'Bug report', exact: true }).click();
    await dialog.getByLabel('Environment').waitFor();
    await page.keyboard.press('Escape');
    await dialog.getByRole('searchbox').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editorActive(page, DESCRIPTION)).toBe(true);
    await page.close();
  });

  it('the close button is reachable by Tab and closes back to the editor', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-2'));
    await insertButtons(page).first().click();
    const dialog = picker(page);
    await dialog.getByRole('searchbox').waitFor();
    await page.keyboard.press('Shift+Tab');
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Close');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editorActive(page, DESCRIPTION)).toBe(true);
    await page.close();
  });

  it('checklist items are ticked with the keyboard', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    const panel = page.getByRole('region', { name: 'Checklists', exact: true });
    await page.locator('section[aria-label="Checklists"][aria-busy="false"]').waitFor();
    const box = panel.getByRole('checkbox').first();
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await page.close();
  });
});
