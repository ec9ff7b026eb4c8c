/**
 * Issue 8 part 3, "messages are validated; nothing from the page's own scripts can make the extension insert,
 * store or send anything". The Jira Cloud fixture's own scripts post our message shapes, dispatch DOM events
 * named like ours (WXT's location-change event included), try chrome.runtime.sendMessage to our id, and reach
 * into our open shadow roots (click(), synthetic keys, requestSubmit()). Nothing may be stored and no picker
 * may open; the same controls still work for a real user. Then garbage through the protocol from an
 * extension page: clear errors and no partial writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { readStore } from './harness/idb';
import { sendExtensionMessage } from './harness/messages';
import { chooseTemplate, insertButtons, picker } from './harness/picker';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const STORES = ['events', 'feedback', 'outbox', 'checklistState', 'rollups', 'siteDayTotals', 'dayTotals'] as const;
async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(STORES.map(async (store) => [store, (await readStore(harness, store)).length] as const));
  return Object.fromEntries(entries);
}

const validEvent = { type: 'picker_opened', site: 'jira-cloud', page: 'issue' };

/** Everything the page's own scripts try, run in the page's main world. Returns what was tried. */
function attackFromPage(extensionId: string): Promise<string[]> {
  const tried: string[] = [];
  const event = { type: 'picker_opened', site: 'jira-cloud', page: 'issue' };
  const shapes = [
    { type: 'trackEvents', data: [event] },
    { id: 1, type: 'trackEvents', data: [event], timestamp: Date.now() },
    { type: 'openPicker' },
    { id: 2, type: 'openPicker', data: undefined, timestamp: Date.now() },
    { type: 'saveChecklistTick', data: { origin: location.origin, objectKey: 'ABC-1', checklistId: 'definition-of-ready', itemId: 'po-approved', checked: true } },
    { type: 'submitFeedback', data: { serviceId: 'templates', score: 1 } },
    { type: 'loadPageUi' },
  ];
  for (const shape of shapes) {
    window.postMessage(shape, '*');
    window.postMessage(JSON.stringify(shape), '*');
    tried.push(`postMessage ${shape.type}`);
  }
  const names = ['openPicker', 'trackEvents', 'pops:openPicker', 'wxt:locationchange', `${extensionId}:atlassian:wxt:locationchange`, 'message'];
  for (const name of names) {
    for (const target of [window, document, document.body]) target.dispatchEvent(new CustomEvent(name, { detail: shapes[0], bubbles: true }));
    tried.push(`CustomEvent ${name}`);
  }
  const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
  if (typeof runtime?.sendMessage === 'function') {
    try {
      (runtime.sendMessage as (id: string, msg: unknown) => void)(extensionId, shapes[1]);
      tried.push('chrome.runtime.sendMessage sent (!)');
    } catch (error) {
      tried.push(`chrome.runtime.sendMessage threw: ${(error as Error).message}`);
    }
  } else tried.push('chrome.runtime.sendMessage unavailable to the page');

  const root = (feature: string) => document.querySelector(`[data-pops="${feature}"]`)?.shadowRoot;
  const button = root('template-button')?.querySelector('button');
  if (!button) throw new Error('no Insert template button to attack');
  button.click();
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  tried.push('click() and synthetic click/Enter on "Insert template"');

  const box = root('checklist-panel')?.querySelector<HTMLInputElement>('input[type=checkbox]');
  if (!box) throw new Error('no checklist checkbox to attack');
  box.click();
  box.checked = !box.checked;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
  tried.push('click() and synthetic change on a checklist checkbox');

  for (const target of [document.activeElement ?? document.body, document.body, document]) {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'T', code: 'KeyT', altKey: true, shiftKey: true, bubbles: true, composed: true }));
  }
  tried.push('synthetic Alt+Shift+T');
  return new Promise((resolve) => setTimeout(() => resolve(tried), 1500));
}

describe('the page cannot drive the extension', () => {
  it('postMessage, DOM events, runtime.sendMessage and synthetic input on our UI store nothing and open nothing', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await insertButtons(page).first().waitFor();
    await page.locator('section[aria-label="Checklists"][aria-busy="false"]').waitFor();
    await page.waitForTimeout(1000); // let start-up tracking settle
    const before = await counts();
    const ticks = await readStore(harness, 'checklistState');

    const tried = await page.evaluate(attackFromPage, harness.extensionId);
    console.log(`[security] page attempts: ${tried.length}\n  ${tried.join('\n  ')}`);
    expect(tried).toContain('chrome.runtime.sendMessage unavailable to the page');

    await page.waitForTimeout(1000);
    expect(await picker(page).count()).toBe(0);
    // The page can flip the checkbox's DOM property, but no tick reaches the background.
    expect(await readStore(harness, 'checklistState')).toEqual(ticks);
    expect(await counts()).toEqual(before);

    // The same controls still answer the user: a real click opens the picker and is counted.
    await insertButtons(page).first().click();
    await picker(page).waitFor();
    await expect.poll(async () => (await counts()).events).toBe((before.events ?? 0) + 1);
    await page.close();
  });

  it('the page cannot submit our open form (requestSubmit, click()) or choose for the user; the user still can', async () => {
    const page: Page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-2'));
    await insertButtons(page).first().click();
    await chooseTemplate(page, 'Bug report');
    await picker(page).getByLabel('Environment').fill('typed by the user');
    const before = await counts();
    const description = await page.evaluate(() => window.__fixture.text('description'));

    await page.waitForTimeout(1200); // the user's last key press is now over a second old
    await page.evaluate(() => {
      const root = document.querySelector('[data-pops="template-picker"]')!.shadowRoot!;
      const form = root.querySelector('form')!;
      const insert = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
      form.requestSubmit();
      form.requestSubmit(insert);
      insert.click();
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      root.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.waitForTimeout(1000);
    expect(await picker(page).count()).toBe(1);
    expect(await page.evaluate(() => window.__fixture.text('description'))).toBe(description);
    expect(await counts()).toEqual(before);

    await picker(page).getByRole('button', { name: 'Insert', exact: true }).click();
    await picker(page).waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => window.__fixture.text('description'))).toContain('typed by the user');
    await page.close();
  });
});

describe('garbage through the protocol (from an extension page)', () => {
  const rejects = async (promise: Promise<unknown>): Promise<string> => {
    try {
      await promise;
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the message to be rejected');
  };

  it('wrong types, extra keys and huge arrays get path-precise errors and write nothing', async () => {
    const before = await counts();
    const send = (type: string, data: unknown) => sendExtensionMessage(harness, type as never, data as never);
    const cases: [string, unknown, RegExp][] = [
      ['trackEvents', 'not an array', /events/],
      ['trackEvents', [validEvent, { ...validEvent, type: 'drop_tables' }], /events\[1\]/],
      ['trackEvents', [validEvent, { ...validEvent, extra: 'key' }], /events\[1\]/],
      ['trackEvents', [validEvent, { ...validEvent, site: 42 }], /events\[1\]\.site/],
      ['trackEvents', Array.from({ length: 5000 }, () => validEvent), /events/],
      ['trackEvents', [{ ...validEvent, type: '__proto__' }], /events\[0\]/],
      ['submitFeedback', { serviceId: 'templates', score: 99 }, /score/],
      ['submitFeedback', { serviceId: 'templates', score: 3, extra: true }, /extra|unrecognized|key/i],
      ['saveChecklistTick', { origin: 'https://x.atlassian.net', objectKey: 'A-1', checklistId: 'x', itemId: 'y', checked: 'yes' }, /checked/],
      ['importUsage', { json: '{"schema":"nope"}' }, /schema/],
      ['saveSyncSettings', { url: 'javascript:alert(1)' }, /url/],
      ['saveServices', [{ id: 'x' }], /\[0\]/],
    ];
    const messages: string[] = [];
    for (const [type, data, expected] of cases) {
      const message = await rejects(send(type, data));
      messages.push(`${type}: ${message.split('\n')[0]}`);
      expect(message, `${type} ${JSON.stringify(data).slice(0, 80)}`).toMatch(expected);
    }
    console.log(`[security] rejected messages:\n  ${messages.join('\n  ')}`);
    expect(await counts()).toEqual(before);
    expect(await sendExtensionMessage(harness, 'getSyncSettings')).toMatchObject({ url: '' });
  });

  it('an unknown message type does nothing', async () => {
    const before = await counts();
    // No handler answers it: the sender gets an error or nothing, and nothing is written.
    await sendExtensionMessage(harness, 'dropEverything' as never, {} as never).catch(() => undefined);
    expect(await counts()).toEqual(before);
  });
});
