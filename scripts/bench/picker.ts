/**
 * Picker open time, in the page's own clock: element.click() on "Insert template" → dialog
 * "Templates" laid out with its options. The first open of a page load (edit mode, library, lazily
 * injected UI) is reported apart from warm opens. Clicks are real (Playwright's mouse): our UI ignores
 * synthetic ones. Yardstick: a plain 12-option dialog opened by a
 * button click on the same page, timed the same way.
 */
import type { Locator, Page } from 'playwright-core';
import type { BenchSection } from './report';
import { DESCRIPTION_ANCHOR, median, progress, round, spread, waitForInsertButton, withBrowser } from './browser';

const PAGE_LOADS = 5;
const WARM_OPENS = 4;

/** ms from a real click on `button` to dialog `name` having options and a layout box, in the page's clock. */
async function timeOpen(page: Page, button: Locator, name: string): Promise<number> {
  await page.evaluate((name) => {
    window.__bench.armClick(() => {
      const dialog = window.__bench.byRole('dialog', name);
      return !!dialog?.querySelector('[role="option"]') && dialog.getBoundingClientRect().width > 0;
    });
  }, name);
  await button.click();
  return page.evaluate(() => window.__bench.clicked!);
}

async function closePicker(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Templates' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A trivial dialog of the picker's size: host + open shadow root, search box, 12 options. */
function addBaselineDialog(page: Page): Promise<void> {
  return page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'Open baseline dialog';
    button.addEventListener('click', () => {
      const host = document.createElement('div');
      host.dataset.benchBaseline = '';
      const shadow = host.attachShadow({ mode: 'open' });
      const options = Array.from({ length: 12 }, (_, i) => `<li role="option" aria-label="Template ${i + 1}">Template ${i + 1}<small>Description ${i + 1}</small></li>`);
      shadow.innerHTML = `<style>div{position:fixed;inset:10%;background:#fff;border:1px solid #888}li{padding:4px}</style>
        <div role="dialog" aria-label="Baseline"><input type="search" aria-label="Search"><ul role="listbox">${options.join('')}</ul></div>`;
      document.body.append(host);
      shadow.querySelector('input')!.focus();
    });
    document.body.append(button);
  });
}

export const pickerSection: BenchSection = {
  name: 'picker',
  async run(row, { extensionDir }) {
    progress(`picker: ${PAGE_LOADS} page loads × (1 first + ${WARM_OPENS} warm opens), plus a plain dialog yardstick`);
    const first: number[] = [];
    const warm: number[] = [];
    const baseline: number[] = [];
    await withBrowser({ extensionDir, extension: true }, async (harness) => {
      for (let load = 0; load < PAGE_LOADS; load++) {
        const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-2'));
        await waitForInsertButton(page, DESCRIPTION_ANCHOR);
        await addBaselineDialog(page);
        const insertButton = page.locator(DESCRIPTION_ANCHOR).getByRole('button', { name: 'Insert template' });
        const baselineButton = page.getByRole('button', { name: 'Open baseline dialog' });
        first.push(await timeOpen(page, insertButton, 'Templates'));
        await closePicker(page);
        for (let i = 0; i < WARM_OPENS; i++) {
          warm.push(await timeOpen(page, insertButton, 'Templates'));
          await closePicker(page);
          baseline.push(await timeOpen(page, baselineButton, 'Baseline'));
          await page.evaluate(() => document.querySelector('[data-bench-baseline]')?.remove());
        }
        await page.close();
      }
    });
    const yardstick = round(median(baseline), 2);
    row('first open in a page (edit mode + lazy UI)', round(median(first)), 'ms', {
      baseline: yardstick,
      detail: `target ≤ 50 ms; ${spread(first)}; baseline: plain 12-option dialog, same page`,
    });
    row('warm open', round(median(warm)), 'ms', {
      baseline: yardstick,
      detail: `target ≤ 50 ms; ${spread(warm)}; baseline ${spread(baseline)}`,
    });
  },
};
