/**
 * Issue 4: a self-hosted origin added in the options page's Sites section gets the content script after the
 * permission grant, and loses it after removal. The options page asks with permissions.request inside the
 * click; the harness only pre-approves the origin, because no prompt can be answered headless.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const runnerSite = (page: Page) => page.evaluate(() => document.documentElement.dataset.popsSite ?? null);

describe('Sites section', () => {
  it('adds a Jira DC origin: the extension runs there; removing it stops that', async () => {
    const origin = harness.urls.origins.jiraDc;
    const before = await harness.newPage(harness.urls.jiraDcIssue);
    await before.waitForTimeout(1500);
    expect(await runnerSite(before)).toBeNull();

    await harness.grantHostPermission(origin);
    const options = await harness.newPage(harness.extensionUrl('options.html#sites'));
    await options.getByLabel('Jira or Confluence address').fill(origin);
    await options.getByRole('button', { name: 'Add site' }).click();
    const list = options.getByRole('list', { name: 'Self-hosted sites' });
    await list.getByText(origin).waitFor();
    await expect.poll(() => list.getByText('Active').count()).toBe(1);

    await before.reload();
    await expect.poll(() => runnerSite(before), { timeout: 10_000 }).toBe('jira-dc');
    await before.locator('#create_link').click();
    await before.locator('#description-wiki-edit').getByRole('button', { name: 'Insert template' }).waitFor();

    await options.getByRole('button', { name: `Remove ${origin}` }).click();
    await expect.poll(() => list.getByText(origin).count()).toBe(0);
    const after = await harness.newPage(harness.urls.jiraDcIssue);
    await after.waitForTimeout(1500);
    expect(await runnerSite(after)).toBeNull();
    expect(await harness.swEval((o: string) => chrome.permissions.contains({ origins: [`${o}/*`] }), origin)).toBe(false);
  });

  it('rejects what is not a self-hosted address, with a clear message', async () => {
    const options = await harness.newPage(harness.extensionUrl('options.html#sites'));
    await options.getByLabel('Jira or Confluence address').fill('acme.atlassian.net');
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.getByRole('status').getByText('Atlassian Cloud sites work already').waitFor();
    await options.getByLabel('Jira or Confluence address').fill('ftp://files.example.com');
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.getByRole('status').getByText('Only http and https addresses can be added').waitFor();
  });
});

// Runs inside the extension's service worker, where `chrome` exists.
declare const chrome: typeof browser;
