/**
 * Injection latency: navigation start → our "Insert template" button present on the Jira Cloud
 * issue view, against the same page's load (loadEventEnd) in a browser without the extension.
 */
import type { Page } from 'playwright-core';
import type { BenchSection } from './report';
import { DESCRIPTION_ANCHOR, fixtureReady, median, progress, round, spread, withBrowser, type Harness } from './browser';

const RUNS = 7;

const loadEventEnd = (page: Page) =>
  page.evaluate(async () => {
    const entry = () => performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    while (!entry()?.loadEventEnd) await new Promise((resolve) => setTimeout(resolve, 10));
    return entry()!.loadEventEnd;
  });

/** One warm-up load, then RUNS timed loads, each in a new tab. */
async function loads(harness: Harness, measure: (page: Page) => Promise<{ load: number; button?: number }>) {
  const results: { load: number; button?: number }[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const page = await harness.context.newPage();
    // Installed before navigation, so it sees the button the moment it is attached.
    await page.addInitScript((anchor) => {
      (window as unknown as { __benchButtonAt: Promise<number> }).__benchButtonAt = window.__bench.when(() => {
        const host = document.querySelector(anchor);
        return !!host && !!window.__bench.byRole('button', 'Insert template', host);
      }, 30_000);
    }, DESCRIPTION_ANCHOR);
    await page.goto(harness.urls.jiraCloudIssue('ABC-2'), { waitUntil: 'commit' });
    const result = await measure(page);
    if (i > 0) results.push(result);
    await page.close();
  }
  return results;
}

export const injectionSection: BenchSection = {
  name: 'injection',
  async run(row, { extensionDir }) {
    progress(`injection: ${RUNS} loads of the Jira Cloud issue view without, then with the extension`);
    const bare = await withBrowser({ extensionDir, extension: false }, (harness) =>
      loads(harness, async (page) => {
        await fixtureReady(page);
        return { load: await loadEventEnd(page) };
      }),
    );
    const withExtension = await withBrowser({ extensionDir, extension: true }, (harness) =>
      loads(harness, async (page) => {
        const button = await page.evaluate(() => (window as unknown as { __benchButtonAt: Promise<number> }).__benchButtonAt);
        // The contract check: Playwright's role locator finds it by its accessible name.
        await page.getByRole('button', { name: 'Insert template' }).first().waitFor();
        return { load: await loadEventEnd(page), button };
      }),
    );
    const buttons = withExtension.map((r) => r.button!);
    const bareLoad = median(bare.map((r) => r.load));
    row('"Insert template" present after navigation start', round(median(buttons)), 'ms', {
      baseline: round(bareLoad),
      detail: `baseline: page load (loadEventEnd) without the extension; ${spread(buttons)}; page load with extension ${round(
        median(withExtension.map((r) => r.load)),
      )} ms`,
    });
  },
};
