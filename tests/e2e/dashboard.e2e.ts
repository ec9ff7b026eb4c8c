/**
 * Issue 7, dashboard: events seeded through the real protocol (trackEvents, saveChecklistTick,
 * submitFeedback) show up as the right numbers on the cards, tables and chart text alternatives;
 * filters narrow them; a teammate import adds history; a screenshot goes to tests/.artifacts/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/extension';
import { launch, type Harness } from './harness';
import { sendExtensionMessage } from './harness/messages';
import { exportFile, teammateEvents } from './dashboard-seed';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  await seed();
});
afterAll(async () => {
  await harness?.close();
});

const inserted = (templateId: string, site: 'jira-cloud' | 'confluence-cloud', project: string, version = 1) =>
  ({ type: 'template_inserted', templateId, version, site, project, page: 'issue', editor: 'prosemirror', ms: 800, usedFields: true }) as const;

async function seed() {
  await sendExtensionMessage(harness, 'trackEvents', [
    inserted('user-story', 'jira-cloud', 'ABC'),
    inserted('user-story', 'jira-cloud', 'ABC'),
    inserted('user-story', 'jira-cloud', 'ABC', 2),
    inserted('bug-report', 'jira-cloud', 'ABC'),
    inserted('bug-report', 'jira-cloud', 'XYZ'),
    inserted('epic-brief', 'confluence-cloud', 'ENG'),
    { type: 'insert_failed', site: 'jira-cloud', editor: 'prosemirror', reason: 'no_editor' },
    { type: 'insert_failed', site: 'jira-cloud', editor: 'prosemirror', reason: 'no_editor' },
    { type: 'insert_failed', site: 'confluence-cloud', editor: 'tinymce', reason: 'paste_ignored' },
    { type: 'compliance_checked', templateId: 'user-story', version: 2, score: 0.75, missing: ['acceptance-criteria'] },
  ]);
  const dor = ['user-value', 'acceptance-criteria', 'estimated', 'dependencies', 'po-approved'];
  const items = [...dor, 'designs', 'data-tracking', 'out-of-scope'];
  const tick = (objectKey: string, itemId: string) =>
    sendExtensionMessage(harness, 'saveChecklistTick', {
      origin: 'https://acme.atlassian.net', objectKey, checklistId: 'definition-of-ready', version: 1, itemId, checked: true,
      itemIds: items, mandatoryItemIds: dor, site: 'jira-cloud', project: 'ABC',
    });
  for (const itemId of dor) await tick('ABC-1', itemId);
  await tick('ABC-2', 'user-value');
  await sendExtensionMessage(harness, 'submitFeedback', { serviceId: 'templates', score: 6 });
  await sendExtensionMessage(harness, 'submitFeedback', { serviceId: 'templates', score: 4 });
  await sendExtensionMessage(harness, 'submitFeedback', { serviceId: 'product-ops-support', score: 5 });
}

const card = (page: Page, label: string) => page.locator('.card', { has: page.locator('dt', { hasText: label }) }).locator('dd');
const cells = (page: Page, table: string, row: RegExp) => page.getByRole('table', { name: table }).getByRole('row', { name: row }).getByRole('cell').allInnerTexts();

describe('adoption dashboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.openOptions();
    await page.getByRole('heading', { name: 'Adoption', level: 1 }).waitFor();
    await card(page, 'Template insertions').waitFor();
  });

  it('headline cards show the seeded numbers', async () => {
    expect(await card(page, 'Template insertions').innerText()).toBe('6');
    expect(await card(page, 'Active days').innerText()).toBe('1');
    // 6 uses × 10 default minutes = 1 h.
    expect(await card(page, 'Estimated time saved').innerText()).toMatch(/^1 h/);
    expect(await card(page, 'Checklist completion').innerText()).toBe('50 %');
    expect(await card(page, 'Average CES per service').innerText()).toMatch(/Templates\s*5\.0\s*\/ 7 · 2/);
    expect(await card(page, 'Failed inserts').innerText()).toBe('3');
  });

  it('tables: per template, checklist, service, and failures by site and editor', async () => {
    expect(await cells(page, 'Templates', /^User story/)).toEqual(['3', expect.stringMatching(/\d{4}$/), 'v1 (2), v2 (1)', '—', '75 %']);
    expect(await cells(page, 'Templates', /^Bug report/)).toEqual(['2', expect.any(String), 'v1 (2)', '—', '—']);
    expect(await cells(page, 'Checklists', /^Definition of Ready/)).toEqual(['2', '1', '50 %', expect.stringMatching(/ s$/), expect.stringMatching(/skipped 1×/)]);
    expect(await cells(page, 'Services', /^Product Ops support/)).toEqual(['CSAT (1–5)', '1', '5.0', '5: 1', '5.0']);
    expect(await cells(page, 'Failed inserts by site and editor', /Jira Cloud/)).toEqual(['Jira Cloud', 'prosemirror', '2']);
    expect(await cells(page, 'Failed inserts by site and editor', /Confluence Cloud/)).toEqual(['Confluence Cloud', 'tinymce', '1']);
  });

  it('charts render (uPlot canvas) with a text alternative carrying the same numbers', async () => {
    expect(await page.locator('[data-testid="chart-insertions-canvas"] canvas').count()).toBe(1);
    expect(await page.locator('[data-testid="chart-feedback-canvas"] canvas').count()).toBe(1);
    const figure = page.getByRole('figure', { name: 'Template insertions per week' });
    const summaryId = await figure.getAttribute('aria-describedby');
    const summary = await page.locator(`[id="${summaryId}"]`).textContent();
    expect(summary).toContain('User story: 3 insertions');
    expect(summary).toContain('Bug report: 2 insertions');
    expect(await page.getByRole('table', { name: 'Template insertions per week (data)' }).getByRole('row').count()).toBe(2);
  });

  it('filters by site and by project', async () => {
    await page.getByLabel('Site').selectOption('confluence-cloud');
    await expect.poll(() => card(page, 'Template insertions').innerText()).toBe('1');
    await page.getByLabel('Site').selectOption('');
    await page.getByLabel('Project or space key').fill('XYZ');
    await expect.poll(() => card(page, 'Template insertions').innerText()).toBe('1');
    await page.getByLabel('Project or space key').fill('not a key!');
    await page.getByText('Use a project or space key such as ABC or ~jdoe.').waitFor();
    await page.getByLabel('Project or space key').fill('');
    await expect.poll(() => card(page, 'Template insertions').innerText()).toBe('6');
  });

  it('a teammate import adds 10 weeks of history when "Include team imports" is on; screenshot', async () => {
    const events = teammateEvents('mate', 10);
    const teammateInsertions = events.filter((e) => e.type === 'template_inserted').length;
    const file = exportFile('11111111-1111-4111-8111-111111111111', events);
    await page.getByLabel('Import teammates’ usage exports').setInputFiles({
      name: 'alex-usage.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByText(`imported ${events.length} events`).waitFor();
    expect(await card(page, 'Template insertions').innerText()).toBe('6');
    await page.getByLabel('Include team imports').check();
    await expect.poll(() => card(page, 'Template insertions').innerText()).toBe(String(6 + teammateInsertions));
    expect(await page.locator('[data-testid="chart-insertions-canvas"] canvas').count()).toBe(1);

    const dir = path.join(REPO_ROOT, 'tests/.artifacts');
    mkdirSync(dir, { recursive: true });
    await page.setViewportSize({ width: 1360, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(dir, 'dashboard.png'), fullPage: true });

    await page.getByRole('button', { name: 'Share report' }).click();
    await page.getByRole('heading', { name: 'Product Ops adoption report' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Settings sections' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await page.screenshot({ path: path.join(dir, 'share-report-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Back to dashboard' }).click();
    expect(harness.pageErrors).toEqual([]);
  });
});
