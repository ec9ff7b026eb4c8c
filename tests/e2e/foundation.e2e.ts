/**
 * Foundation: the content script's runner marks supported pages (data-pops-site / data-pops-page
 * on <html>), skips unrelated hosts, survives SPA navigation without duplicating anything it
 * mounts, and the extension pages render. Also checks the harness's own extension controls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { launch, type Harness } from './harness';

// Functions passed to swEval / page.evaluate run inside the extension, where `chrome` exists.
declare const chrome: typeof browser;

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function runnerMarker(page: Page): Promise<{ site?: string; page?: string }> {
  await page.waitForFunction(() => document.documentElement.dataset.popsSite, undefined, { timeout: 10_000 });
  return page.evaluate(() => ({
    site: document.documentElement.dataset.popsSite,
    page: document.documentElement.dataset.popsPage,
  }));
}

/** For every data-pops value: how many elements carry it under the same parent (must stay ≤ 1). */
function popsHostsPerAnchor(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    const parents = new Map<Element | null, number>();
    let id = 0;
    for (const element of document.querySelectorAll<HTMLElement>('[data-pops]')) {
      const parent = element.parentElement;
      if (!parents.has(parent)) parents.set(parent, id++);
      const key = `${element.dataset.pops}@${parents.get(parent)}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  });
}

const countByValue = (hosts: Record<string, number>) =>
  Object.entries(hosts).reduce<Record<string, number>>((acc, [key, n]) => {
    const value = key.slice(0, key.lastIndexOf('@'));
    acc[value] = (acc[value] ?? 0) + n;
    return acc;
  }, {});

describe('content script runner', () => {
  it.each([
    ['Jira Cloud issue', () => harness.urls.jiraCloudIssue('ABC-1'), 'jira-cloud', 'issue'],
    ['Confluence Cloud editor', () => harness.urls.confluenceCloudEdit, 'confluence-cloud', 'page-edit'],
    ['Confluence Cloud view', () => harness.urls.confluenceCloudView, 'confluence-cloud', 'page-view'],
  ])('marks the %s page', async (_name, url, site, kind) => {
    const page = await harness.newPage(url());
    expect(await runnerMarker(page)).toEqual({ site, page: kind });
    await page.close();
  });

  it('does not run on an unrelated host, even with an Atlassian-like editor', async () => {
    // Load a supported page first so the injection delay is known to be over when we look.
    const reference = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await runnerMarker(reference);
    await reference.close();
    const page = await harness.newPage(harness.urls.unrelated);
    await page.waitForSelector('html[data-fixture-ready] #notes-editor .ProseMirror');
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).not.toHaveProperty('popsSite');
    expect(await page.locator('[data-pops]').count()).toBe(0);
    await page.close();
  });

  it('survives SPA navigation ABC-1 → ABC-2 → back without duplicating mounted hosts', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await runnerMarker(page);
    await page.click('[data-testid="issue.views.field.rich-text.description"]');
    await page.waitForSelector('#ak-editor-textarea');
    // Everything that mounts on this issue, including the checklist panel (it waits for the library first).
    await page.getByRole('region', { name: 'Checklists' }).waitFor();
    await page.waitForTimeout(1_500);
    const before = await popsHostsPerAnchor(page);

    await page.click('a[href="/browse/ABC-2"]');
    await page.waitForSelector('[aria-label="Bug - Change work type"]');
    expect(await runnerMarker(page)).toEqual({ site: 'jira-cloud', page: 'issue' });
    await page.click('[data-testid="issue.views.field.rich-text.description"]');
    await page.waitForSelector('#ak-editor-textarea');
    await page.waitForTimeout(1_500);
    for (const n of Object.values(await popsHostsPerAnchor(page))) expect(n).toBe(1);

    await page.goBack();
    await page.waitForSelector('[aria-label="Story - Change work type"]');
    await page.click('[data-testid="issue.views.field.rich-text.description"]');
    await page.waitForSelector('#ak-editor-textarea');
    await page.getByRole('region', { name: 'Checklists' }).waitFor();
    await page.waitForTimeout(1_500);
    const after = await popsHostsPerAnchor(page);
    expect(await runnerMarker(page)).toEqual({ site: 'jira-cloud', page: 'issue' });
    for (const n of Object.values(after)) expect(n).toBe(1);
    // Same DOM state as the first visit → the same hosts, not more.
    expect(countByValue(after)).toEqual(countByValue(before));
    expect(await page.locator('[data-testid="issue.views.field.rich-text.editor-container"] [data-pops="template-button"]').count()).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('extension pages', () => {
  it.each([
    ['popup', () => harness.openPopup()],
    ['options', () => harness.openOptions()],
  ])('%s renders content without page errors', async (name, open) => {
    const errorsBefore = harness.pageErrors.length;
    const page = await open();
    await page.waitForFunction(() => document.body.innerText.trim().length > 0, undefined, { timeout: 10_000 });
    expect(await page.locator('h1, h2, [role="heading"]').count(), `${name} has a heading`).toBeGreaterThan(0);
    expect(harness.pageErrors.slice(errorsBefore)).toEqual([]);
    await page.close();
  });
});

describe('harness controls', () => {
  it('evaluates in the service worker, stops it, and starts it again with fresh globals', async () => {
    await harness.swEval(() => ((globalThis as any).__popsProbe = 'alive'));
    expect(await harness.swEval(() => (globalThis as any).__popsProbe)).toBe('alive');
    await harness.stopServiceWorker();
    expect(await harness.swEval(() => (globalThis as any).__popsProbe ?? 'restarted')).toBe('restarted');
    expect(await harness.swEval((x: number) => x * 2, 21)).toBe(42);
  });

  it('pre-approves a Data Center origin so the extension can request it, and revokes it', async () => {
    const origins = [`${harness.urls.origins.jiraDc}/*`];
    const has = () => harness.swEval((o: string[]) => chrome.permissions.contains({ origins: o }), origins);
    expect(await has()).toBe(false);
    await harness.grantHostPermission(harness.urls.origins.jiraDc);
    const popup = await harness.openPopup();
    expect(await popup.evaluate((o) => chrome.permissions.request({ origins: o }), origins)).toBe(true);
    await popup.close();
    expect(await has()).toBe(true);
    await harness.revokeHostPermission(harness.urls.origins.jiraDc);
    expect(await has()).toBe(false);
  });
});
