/**
 * Insertion (issue 4) in either browser: the picker opens from the "Insert template" button, the
 * template lands as the editor's own structure (headings, ordered list, tables), one undo removes it;
 * Alt+Shift+T inside an editor opens the picker and a checklist lands as a task list.
 */
import { expect } from 'vitest';
import type { Driver, DriverPage } from '../harness/driver';
import { expectTemplateStructure as expected } from '../insertion/structure';
import { editors, jiraCloudDescription, type Editor } from './editors';
import { chooseTemplate, fillAndInsert, PICKER } from './picker';
import type { Scenario } from './types';

interface SeenPaste {
  html: number;
  handled: boolean;
}

/**
 * Records, in the page's own realm, every paste the editor's document sees: the text/html length the
 * page can read and whether the editor took it (defaultPrevented). Gecko ignores ClipboardEventInit's
 * clipboardData, so this is where a paste without payload would show.
 */
function recordPastes(frame: string | null): void {
  const doc = frame ? document.querySelector<HTMLIFrameElement>(frame)!.contentDocument! : document;
  const seen: SeenPaste[] = [];
  (window as unknown as { __popsPastes: SeenPaste[] }).__popsPastes = seen;
  doc.addEventListener('paste', (event) => seen.push({ html: event.clipboardData?.getData('text/html').length ?? 0, handled: false }), true);
  doc.defaultView!.addEventListener('paste', (event) => (seen.at(-1)!.handled = event.defaultPrevented));
}

async function openEditor(driver: Driver, editor: Editor): Promise<DriverPage> {
  const page = await driver.open(editor.url(driver.urls));
  await page.waitForFunction(() => document.documentElement.dataset.popsSite);
  if (editor.ready) await page.waitFor(editor.ready);
  return page;
}

const byButton = (editor: Editor): Scenario => ({
  id: `insert-${editor.id}`,
  title: `Insert by button → ${editor.title}`,
  dcOrigins: editor.dcOrigin ? (d) => [editor.dcOrigin!(d.urls)] : undefined,
  async run(driver) {
    const page = await openEditor(driver, editor);
    await page.click({ role: 'button', name: 'Insert template', within: editor.anchor });
    await page.waitFor(PICKER);
    // Read only now: the click may itself have opened the editor (Jira's read-mode description).
    const before = await editor.read(page);
    if (editor.paste) await page.evaluate(recordPastes, editor.paste.frame ?? null);
    await chooseTemplate(page, editor.template);
    await fillAndInsert(page, editor.fields);
    await expect.poll(() => editor.read(page).then((s) => s.tables), { timeout: 5000 }).toBeGreaterThan(before.tables);
    expected[editor.template](await editor.read(page));
    if (editor.paste) {
      const pastes = await page.evaluate(() => (window as unknown as { __popsPastes: SeenPaste[] }).__popsPastes);
      expect(pastes).toEqual([{ html: expect.any(Number), handled: true }]);
      expect(pastes[0]!.html).toBeGreaterThan(100);
    }
    await editor.undo(page);
    expect(await editor.read(page)).toEqual(before);
    expect(page.errors()).toEqual([]);
    await page.close();
  },
});

const byShortcut: Scenario = {
  id: 'shortcut-checklist-task-list',
  title: 'Alt+Shift+T picker → checklist as task list (Jira Cloud)',
  async run(driver) {
    const editor = jiraCloudDescription;
    const page = await openEditor(driver, editor);
    for (const target of editor.focus) await page.click(target);
    const before = await editor.read(page);
    await page.press('Alt+Shift+T');
    await chooseTemplate(page, 'Definition of Done', 'done');
    await page.waitFor(PICKER, { state: 'detached' });
    await expect
      .poll(() => editor.read(page).then((s) => s.taskItems), { timeout: 5000 })
      .toBeGreaterThanOrEqual(before.taskItems + 5);
    expect((await editor.read(page)).doneTaskItems).toBe(before.doneTaskItems);
    expect(page.errors()).toEqual([]);
    await page.close();
  },
};

export const insertionScenarios: Scenario[] = [...editors.map(byButton), byShortcut];
