/**
 * Issue 4 "Done when": for each of the seven editors, the picker opens by button and by shortcut,
 * the chosen template arrives as the editor's real structure, one undo removes it, and a checklist
 * becomes a task list. Assertions read the editor's own document, never our HTML strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness';
import { enableDcOrigin } from '../harness/messages';
import { chooseTemplate, fillAndInsert, picker } from '../harness/picker';
import { expectTemplateStructure as expected } from './structure';
import { insertTargets, type InsertTarget } from './targets';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  for (const origin of new Set(insertTargets.flatMap((t) => (t.dcOrigin ? [t.dcOrigin(harness.urls)] : [])))) {
    await enableDcOrigin(harness, origin);
  }
});
afterAll(async () => {
  await harness?.close();
});

async function openTarget(target: InsertTarget): Promise<Page> {
  const page = await harness.newPage(target.url(harness.urls));
  await page.waitForFunction(() => document.documentElement.dataset.popsSite);
  await target.prepare?.(page);
  return page;
}

/** Hit-tests the dialog's corners: the page's own sticky toolbars and modals must not cover it. */
const pickerIsOnTop = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-pops="template-picker"]');
    const box = host?.shadowRoot?.querySelector('[role="dialog"]')?.getBoundingClientRect();
    if (!host || !box) return false;
    const points = [
      [box.left + 8, box.top + 8],
      [box.right - 8, box.top + 8],
      [box.left + 8, box.bottom - 8],
      [box.right - 8, box.bottom - 8],
    ];
    return points.every(([x, y]) => document.elementFromPoint(x!, y!) === host);
  });

const button = (target: InsertTarget, page: Page) =>
  target.anchor(page).getByRole('button', { name: 'Insert template' });

describe.each(insertTargets.map((t) => [t.name, t] as const))('%s', (_name, target) => {
  it('inserts the template by button as real structure, and one undo removes it', async () => {
    const page = await openTarget(target);
    await button(target, page).click();
    await picker(page).waitFor();
    expect(await pickerIsOnTop(page)).toBe(true);
    // Read only now: the click itself may have opened the editor (Jira's read-mode description).
    const before = await target.read(page);
    await chooseTemplate(page, target.template);
    await fillAndInsert(page, target.fields);
    await expect.poll(() => target.read(page).then((s) => s.tables), { timeout: 5000 }).toBeGreaterThan(before.tables);
    expected[target.template](await target.read(page));
    await target.undo(page);
    expect(await target.read(page)).toEqual(before);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });

  it('opens the picker with Alt+Shift+T and inserts a checklist as a task list', async () => {
    const page = await openTarget(target);
    await target.focusEditor(page);
    const before = await target.read(page);
    await page.keyboard.press('Alt+Shift+T');
    await chooseTemplate(page, 'Definition of Done', 'done');
    await picker(page).waitFor({ state: 'detached' });
    await expect
      .poll(() => target.read(page).then((s) => s.taskItems), { timeout: 5000 })
      .toBeGreaterThanOrEqual(before.taskItems + 5);
    expect((await target.read(page)).doneTaskItems).toBe(before.doneTaskItems);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});
