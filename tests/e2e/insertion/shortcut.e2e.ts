/** Issue 4: the in-page shortcut is configurable, and works in any text field of a supported page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../harness';
import { chooseTemplate, picker } from '../harness/picker';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('picker shortcut', () => {
  it('opens in a plain field of the page too, not only in the adapters’ editors', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await page.getByRole('button', { name: 'Create', exact: true }).first().click();
    const summary = page.locator('#summary-field');
    await summary.click();
    await page.keyboard.press('Alt+Shift+T');
    await chooseTemplate(page, 'Definition of Done', 'done');
    await expect.poll(() => summary.inputValue()).toContain('Every acceptance criterion is met');
    await page.close();
  });

  it('follows the shortcut saved in the options page, with a clear error for a bad one', async () => {
    const options = await harness.newPage(harness.extensionUrl('options.html#settings'));
    const field = options.getByLabel('Open the template picker in an editor');
    await expect.poll(() => field.inputValue()).toBe('Alt+Shift+T');
    await field.fill('Shift+T');
    await options.getByRole('button', { name: 'Save shortcut' }).click();
    await options.getByText('for example Alt+Shift+T', { exact: false }).first().waitFor();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'shortcut:' }).count()).toBeGreaterThan(0);
    await field.fill('ctrl+alt+p');
    await options.getByRole('button', { name: 'Save shortcut' }).click();
    await expect.poll(() => field.inputValue()).toBe('Ctrl+Alt+P');

    const page = await harness.newPage(harness.urls.confluenceCloudEdit);
    await page.locator('[data-testid="editor-wrapper"] #ak-editor-textarea').click();
    await page.keyboard.press('Alt+Shift+T');
    await page.waitForTimeout(800);
    expect(await picker(page).count()).toBe(0);
    await page.keyboard.press('Control+Alt+P');
    await picker(page).waitFor();
  });
});
