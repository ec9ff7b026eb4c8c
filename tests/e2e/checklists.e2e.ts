/**
 * Checklists (issue 5) in real Chromium with the built extension: the "Checklists" panel on Jira Cloud,
 * Jira DC and Confluence, ticks kept by the background across reload, SPA navigation and a service-worker
 * stop, insertion as the editor's native task list, the soft Definition-of-Ready gate and compliance.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { enableDcOrigin, sendExtensionMessage } from './harness/messages';
import { localDay } from '../../utils/calendar';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  await enableDcOrigin(harness, harness.urls.origins.jiraDc);
  await enableDcOrigin(harness, harness.urls.origins.confluenceDc);
  // A Confluence Cloud page built from the Decision record template, one section deleted.
  const decision = readFileSync('tests/fixtures/html/confluence-cloud-view-decision.html');
  harness.server.route('GET', /^\/wiki\/spaces\/ENG\/pages\/777(\/[^/]*)?$/, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(decision);
  });
});
afterAll(async () => {
  await harness?.close();
});

const DOR = 'Definition of Ready';
const USER_VALUE = 'Who benefits and why is written in the story';
const CRITERIA = 'Acceptance criteria are testable (Given / When / Then)';

const panel = (page: Page) => page.getByRole('region', { name: 'Checklists', exact: true });
const card = (page: Page, name: string) => panel(page).getByRole('group', { name, exact: true });
const checkbox = (page: Page, text: string) => panel(page).getByRole('checkbox', { name: text, exact: true });
const gateAlert = (page: Page) => page.getByRole('alert', { name: 'Checklist warning' });

async function open(url: string): Promise<Page> {
  const page = await harness.newPage(url);
  await page.waitForFunction(() => document.documentElement.dataset.popsSite);
  await panel(page).waitFor();
  return page;
}

/** Ticks an item and waits until the background confirmed it ("Saved" in the card's status). */
async function tick(page: Page, checklist: string, text: string): Promise<void> {
  await checkbox(page, text).check();
  await card(page, checklist).getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

async function panelHosts(page: Page): Promise<number> {
  await page.waitForTimeout(500); // let the debounced DOM observer settle before counting
  return page.locator('[data-pops="checklist-panel"]').count();
}

/** Waits for the panel to be mounted and loaded (the region is aria-busy while it asks the background). */
async function cardNames(page: Page): Promise<string[]> {
  await page.locator('section[aria-label="Checklists"][aria-busy="false"]').waitFor();
  return panel(page).locator('.pops-card-title').allTextContents();
}

/** Events the background stored, polled: content scripts batch them (utils/runtime/track.ts). */
async function storedEvents(type: string, min = 1) {
  for (let i = 0; i < 50; i++) {
    const events = (await sendExtensionMessage(harness, 'exportUsage')).events.filter((e) => e.type === type);
    if (events.length >= min) return events;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${type} event stored`);
}

type PmNode = { type: string; attrs?: Record<string, unknown>; content?: PmNode[]; text?: string };
const nodesOf = (node: PmNode, type: string): PmNode[] => [
  ...(node.type === type ? [node] : []),
  ...(node.content ?? []).flatMap((child) => nodesOf(child, type)),
];
const textOf = (node: PmNode): string => node.text ?? (node.content ?? []).map(textOf).join('');

describe('Jira Cloud issue view', () => {
  it('shows the panel once in the right column with DoR and DoD for a Story', async () => {
    const page = await open(harness.urls.jiraCloudIssue('ABC-1'));
    expect(await panelHosts(page)).toBe(1);
    const column = page.locator('[data-testid="issue.views.issue-details.issue-layout.container-right"]');
    expect(await column.getByRole('region', { name: 'Checklists' }).count()).toBe(1);
    expect(await cardNames(page)).toEqual([DOR, 'Definition of Done']);
    // The mandatory marker is a description, the name stays the item text; help on demand.
    const item = checkbox(page, USER_VALUE);
    expect(await item.getAttribute('aria-describedby')).toBeTruthy();
    const help = panel(page).getByRole('button', { name: `Help: ${USER_VALUE}` });
    expect(await help.getAttribute('aria-expanded')).toBe('false');
    await help.click();
    await panel(page).getByText('As a / I want / so that, with a real persona.').waitFor();
    expect(await card(page, DOR).getByText('0 of 8').count()).toBe(1);
    // Collapsible.
    await panel(page).getByRole('button', { name: 'Hide' }).click();
    expect(await item.isVisible()).toBe(false);
    await panel(page).getByRole('button', { name: 'Show' }).click();
    expect(await item.isVisible()).toBe(true);
    await page.close();
  });

  it('keeps ticks across reload, a service-worker stop, and SPA navigation ABC-1 → ABC-2 → back', async () => {
    const page = await open(harness.urls.jiraCloudIssue('ABC-1'));
    await tick(page, DOR, USER_VALUE);
    expect(await card(page, DOR).getByText('1 of 8').count()).toBe(1);

    await harness.stopServiceWorker();
    await page.reload();
    await panel(page).waitFor();
    await cardNames(page);
    expect(await checkbox(page, USER_VALUE).isChecked()).toBe(true);

    // A tick sent while the worker is stopped wakes it; "Saved" appears only after it stored the tick.
    await harness.stopServiceWorker();
    await tick(page, DOR, CRITERIA);
    await page.reload();
    await cardNames(page);
    expect(await checkbox(page, CRITERIA).isChecked()).toBe(true);

    await page.locator('a[href="/browse/ABC-2"]').first().click();
    await page.waitForURL(/ABC-2$/);
    await page.waitForFunction(() => document.querySelector('[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]')?.textContent === 'ABC-2');
    expect(await cardNames(page)).toEqual([]); // a Bug: nothing in scope
    expect(await panelHosts(page)).toBe(1);

    await page.goBack();
    await page.waitForURL(/ABC-1$/);
    await checkbox(page, USER_VALUE).waitFor();
    expect(await checkbox(page, USER_VALUE).isChecked()).toBe(true);
    expect(await checkbox(page, CRITERIA).isChecked()).toBe(true);
    expect(await panelHosts(page)).toBe(1);

    const toggles = await storedEvents('checklist_item_toggled', 2);
    expect(toggles.map((e) => 'itemId' in e && e.itemId)).toEqual(expect.arrayContaining(['user-value', 'acceptance-criteria']));
    await page.close();
  });

  it('inserts the checklist into the description as a native task list, ticked items DONE', async () => {
    const page = await open(harness.urls.jiraCloudIssue('ABC-1'));
    await checkbox(page, USER_VALUE).waitFor();
    expect(await checkbox(page, USER_VALUE).isChecked()).toBe(true); // from the previous test
    await card(page, DOR).getByRole('button', { name: 'Insert as task list' }).click();
    await panel(page).getByText(`Inserted “${DOR}” as a task list.`).waitFor();
    const doc = (await page.evaluate(() => window.__fixture.doc('description'))) as PmNode;
    const [list] = nodesOf(doc, 'taskList');
    expect(list).toBeDefined();
    const items = nodesOf(list!, 'taskItem').map((item) => [textOf(item), item.attrs?.state]);
    expect(items).toHaveLength(8);
    expect(items).toContainEqual([USER_VALUE, 'DONE']);
    expect(items).toContainEqual([CRITERIA, 'DONE']);
    expect(items).toContainEqual(['The team has estimated it and it fits in one sprint', 'TODO']);
    await page.close();
  });

  it('warns without blocking when a transition starts with mandatory items open; Proceed anyway is recorded', async () => {
    const page = await open(harness.urls.jiraCloudIssue('ABC-1'));
    await checkbox(page, USER_VALUE).waitFor();
    await page.locator('[data-testid="issue-field-status.ui.status-view.status-button"]').click();
    await page.getByRole('menuitem', { name: 'In Progress' }).click();
    await gateAlert(page).waitFor();
    expect(await gateAlert(page).textContent()).toContain(`${DOR}: 3 required items open`);
    // Jira's own transition went ahead.
    const transitions = await page.evaluate(() => window.__fixture.events().filter((e) => e.type === 'transition'));
    expect(transitions).toEqual([{ type: 'transition', key: 'ABC-1', from: 'To Do', to: 'In Progress' }]);

    await gateAlert(page).getByRole('button', { name: 'Proceed anyway' }).click();
    await gateAlert(page).waitFor({ state: 'detached' });
    const [overridden] = await storedEvents('gate_overridden');
    expect(overridden).toMatchObject({ site: 'jira-cloud', project: 'ABC', checklistIds: ['definition-of-ready'], placeholders: 0 });
    await storedEvents('gate_warning_shown');

    // "Review checklist" opens the panel on the first open mandatory item.
    await panel(page).getByRole('button', { name: 'Hide' }).click();
    await page.locator('[data-testid="issue-field-status.ui.status-view.status-button"]').click();
    await page.getByRole('menuitem', { name: 'Done' }).click();
    await gateAlert(page).getByRole('button', { name: 'Review checklist' }).click();
    const estimated = checkbox(page, 'The team has estimated it and it fits in one sprint');
    await estimated.waitFor();
    expect(await estimated.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.close();
  });

  it('does not warn on a move back to To Do', async () => {
    const page = await open(harness.urls.jiraCloudIssue('ABC-1'));
    await checkbox(page, USER_VALUE).waitFor();
    await page.locator('[data-testid="issue-field-status.ui.status-view.status-button"]').click();
    await page.getByRole('menuitem', { name: 'In Progress' }).click();
    await gateAlert(page).getByRole('button', { name: 'Proceed anyway' }).click();
    await page.locator('[data-testid="issue-field-status.ui.status-view.status-button"]').click();
    await page.getByRole('menuitem', { name: 'To Do' }).click();
    await page.waitForTimeout(800);
    expect(await gateAlert(page).count()).toBe(0);
    await page.close();
  });
});

describe('Jira DC issue view', () => {
  it('shows the panel once in the sidebar; an added checklist and its ticks persist; the gate warns', async () => {
    const page = await open(harness.urls.jiraDcIssue);
    expect(await panelHosts(page)).toBe(1);
    expect(await page.locator('#viewissuesidebar').getByRole('region', { name: 'Checklists' }).count()).toBe(1);
    expect(await cardNames(page)).toEqual([]); // PROJ-1 is a Bug
    await panel(page).getByLabel('Add checklist').selectOption({ label: DOR });
    await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
    await tick(page, DOR, USER_VALUE);

    await harness.stopServiceWorker();
    await page.reload();
    expect(await cardNames(page)).toEqual([DOR]);
    expect(await checkbox(page, USER_VALUE).isChecked()).toBe(true);

    await page.locator('#action_id_21').click();
    await gateAlert(page).waitFor();
    const transitions = await page.evaluate(() => window.__fixture.events().filter((e) => e.type === 'transition'));
    expect(transitions).toMatchObject([{ key: 'PROJ-1', to: 'In Progress' }]);
    await page.close();
  });

  it('inserts the wiki-markup substitute into the description textarea', async () => {
    const page = await open(harness.urls.jiraDcIssue);
    await checkbox(page, USER_VALUE).waitFor();
    await page.locator('#create_link').click();
    await page.locator('textarea#description').waitFor();
    await card(page, DOR).getByRole('button', { name: 'Insert as task list' }).click();
    await panel(page).getByText(`Inserted “${DOR}” as a task list.`).waitFor();
    const wiki = await page.locator('textarea#description').inputValue();
    expect(wiki).toContain(`* (/) ${USER_VALUE}`);
    expect(wiki).toContain('* (x) The team has estimated it and it fits in one sprint');
    await page.close();
  });
});

describe('Confluence', () => {
  it.each([
    ['Cloud view', () => harness.urls.confluenceCloudView],
    ['Cloud edit', () => harness.urls.confluenceCloudEdit],
    ['DC view', () => harness.urls.confluenceDcView],
  ])('%s: the panel appears once with the checklists in scope', async (_name, url) => {
    const page = await open(url());
    expect(await panelHosts(page)).toBe(1);
    expect(await cardNames(page)).toEqual(['Launch readiness']);
    await page.close();
  });

  it('DC edit: ticks persist and insert as an inline-task-list in TinyMCE', async () => {
    const page = await open(harness.urls.confluenceDcEdit);
    await page.frameLocator('#wysiwygTextarea_ifr').locator('body#tinymce').waitFor();
    await tick(page, 'Launch readiness', 'QA sign-off, with no open S1 or S2 bugs');
    await page.reload();
    await page.frameLocator('#wysiwygTextarea_ifr').locator('body#tinymce').waitFor();
    await cardNames(page);
    expect(await checkbox(page, 'QA sign-off, with no open S1 or S2 bugs').isChecked()).toBe(true);
    await card(page, 'Launch readiness').getByRole('button', { name: 'Insert as task list' }).click();
    await panel(page).getByText('Inserted “Launch readiness” as a task list.').waitFor();
    const html = await page.evaluate(() => window.__fixture.tinymceContent('page'));
    const items = await page.evaluate((content) => {
      const doc = new DOMParser().parseFromString(content, 'text/html');
      // The fixture page has its own task list too; ours is the one holding the checklist's items.
      const ours = [...doc.querySelectorAll('ul.inline-task-list')].find((ul) => ul.textContent?.includes('Go / no-go'));
      return [...(ours?.querySelectorAll('li') ?? [])].map((li) => [li.textContent, li.classList.contains('checked')]);
    }, html);
    expect(items).toContainEqual(['QA sign-off, with no open S1 or S2 bugs', true]);
    expect(items).toContainEqual(['Go / no-go meeting held and decision recorded', false]);
    await page.close();
  });

  it('Cloud edit: inserts a native taskList into the page body', async () => {
    const page = await open(harness.urls.confluenceCloudEdit);
    await checkbox(page, 'Performance tested at expected peak load').check();
    await card(page, 'Launch readiness').getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await card(page, 'Launch readiness').getByRole('button', { name: 'Insert as task list' }).click();
    await panel(page).getByText('Inserted “Launch readiness” as a task list.').waitFor();
    const doc = (await page.evaluate(() => window.__fixture.doc('page'))) as PmNode;
    const items = nodesOf(doc, 'taskItem').map((item) => [textOf(item), item.attrs?.state]);
    expect(items).toContainEqual(['Performance tested at expected peak load', 'DONE']);
    // Ticked for page 123456 on Confluence DC: another origin, so not here.
    expect(items).toContainEqual(['QA sign-off, with no open S1 or S2 bugs', 'TODO']);
    await page.close();
  });

  it('Cloud view: scores a page built from a template with one section deleted, recording ids only', async () => {
    const page = await open(`${harness.urls.origins.cloud}/wiki/spaces/ENG/pages/777/Pick+the+payments+provider`);
    const compliance = panel(page).getByRole('group', { name: 'Template compliance' });
    await compliance.waitFor();
    expect(await compliance.textContent()).toContain('Built from “Decision record”: 83%');
    expect(await compliance.textContent()).toContain('Missing section: Consequences');
    const [event] = await storedEvents('compliance_checked');
    expect(event).toMatchObject({ site: 'confluence-cloud', project: 'ENG', templateId: 'decision-record', version: 1, score: 0.83, missing: ['consequences'] });
    const all = JSON.stringify((await sendExtensionMessage(harness, 'exportUsage')).events);
    expect(all).not.toContain('Stripe');
    expect(all).not.toContain('payments');

    // Viewed again: the page is scored again but counts once (the background keeps one check per page).
    await page.reload();
    await panel(page).getByRole('group', { name: 'Template compliance' }).getByText('Built from “Decision record”: 83%').waitFor();
    await page.waitForTimeout(1000);
    expect(await storedEvents('compliance_checked')).toHaveLength(1);
    const day = localDay();
    const stats = await sendExtensionMessage(harness, 'getAdoptionStats', { from: day, to: day });
    expect(stats.templates.find((t) => t.templateId === 'decision-record')).toMatchObject({ complianceScore: 0.83, mostMissingSection: 'consequences' });
    await page.close();
  });
});

describe('page health', () => {
  it('no uncaught page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
