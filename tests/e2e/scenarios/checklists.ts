/** Checklists (issue 5) in either browser: a tick in the "Checklists" panel is kept across a reload. */
import { expect } from 'vitest';
import type { By, DriverPage } from '../harness/driver';
import type { Scenario } from './types';

const DOR = 'Definition of Ready';
const USER_VALUE = 'Who benefits and why is written in the story';
const CRITERIA = 'Acceptance criteria are testable (Given / When / Then)';
const PANEL: By = { role: 'region', name: 'Checklists' };
/** The region is aria-busy while it asks the background for the stored ticks. */
const LOADED: By = { css: 'section[aria-label="Checklists"][aria-busy="false"]' };
const checkbox = (name: string): By => ({ role: 'checkbox', name, within: PANEL });
const item = checkbox(USER_VALUE);

async function openLoaded(page: DriverPage): Promise<void> {
  await page.waitFor(PANEL);
  await page.waitFor(LOADED);
  await page.waitFor(item);
}

/** Ticks an item and waits for "Saved", which appears only once the background stored the tick. */
async function tick(page: DriverPage, box: By): Promise<void> {
  await page.click(box);
  await page.waitFor({ text: 'Saved', within: { role: 'group', name: DOR, within: PANEL } });
  expect(await page.isChecked(box)).toBe(true);
}

export const checklistScenarios: Scenario[] = [
  {
    id: 'checklist-tick-persists',
    title: 'Checklists panel: a tick survives a reload (Jira Cloud)',
    async run(driver) {
      const page = await driver.open(driver.urls.jiraCloudIssue('ABC-1'));
      await openLoaded(page);
      expect(await page.isChecked(item)).toBe(false);
      await tick(page, item);
      await page.reload();
      await openLoaded(page);
      expect(await page.isChecked(item)).toBe(true);
      expect(page.errors()).toEqual([]);
      await page.close();
    },
  },
  {
    id: 'checklist-tick-survives-background-stop',
    title: 'Checklists panel: a tick sent to a stopped background is kept',
    notApplicable: {
      firefox: 'the Firefox build is MV2 with a persistent background page: there is no worker to stop',
    },
    async run(driver) {
      if (!driver.stopBackground) throw new Error(`${driver.browser} cannot stop its background`);
      const page = await driver.open(driver.urls.jiraCloudIssue('ABC-1'));
      await openLoaded(page);
      await driver.stopBackground();
      // The tick wakes the worker; "Saved" appears only after it stored the tick.
      await tick(page, checkbox(CRITERIA));
      await driver.stopBackground();
      await page.reload();
      await openLoaded(page);
      expect(await page.isChecked(checkbox(CRITERIA))).toBe(true);
      expect(page.errors()).toEqual([]);
      await page.close();
    },
  },
];
