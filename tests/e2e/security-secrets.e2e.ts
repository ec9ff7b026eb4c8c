/**
 * Issue 8 part 3: the collector write key is write-only. After it is saved in Options → Sync it is never shown
 * back in full (only a mask), never in any options section's or the popup's DOM (attributes and input values
 * included), never in the getSyncSettings answer, never in the usage (JSON, CSV) or template exports, and
 * out of reach of the content script, whose world Chrome keeps from extension storage.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sections } from '../../entrypoints/options/sections';
import { launch, type Harness } from './harness';
import { sendExtensionMessage } from './harness/messages';

// The worker's global is `chrome`; WXT's `browser` type describes the same API.
declare const chrome: typeof browser;
const KEY = 'sk_live_7d41c0ffee9b2a55SECRET';
let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** Everything a page shows or holds in its DOM: markup, attributes and live input values. */
const pageDump = (page: Page) =>
  page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value);
    return `${document.documentElement.outerHTML}\n${values.join('\n')}\n${document.body.innerText}`;
  });

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const target = path.join(os.tmpdir(), `pops-secret-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return readFile(target, 'utf8');
}

describe('the write key', () => {
  it('is saved, then only ever shown masked in the Sync section', async () => {
    const options = await harness.newPage(`${harness.extensionUrl('options.html')}#sync`);
    await options.getByLabel('Collector endpoint URL').fill('https://collector.example.com');
    await options.getByLabel('Write key').fill(KEY);
    await options.getByRole('button', { name: 'Save sync settings' }).click();
    await options.getByText('Sync settings saved.').waitFor();
    // Stored for delivery (so the checks below are not vacuous)…
    const stored = await harness.swEval(() => chrome.storage.local.get(null).then((all: Record<string, unknown>) => JSON.stringify(all)));
    expect(stored).toContain(KEY);
    // …but the form has forgotten it and shows the mask.
    expect(await options.getByLabel('Write key').inputValue()).toBe('');
    expect(await options.getByLabel('Write key').getAttribute('placeholder')).toContain('••••CRET');
    expect(await pageDump(options)).not.toContain(KEY);
    await options.reload();
    await options.getByLabel('Write key').waitFor();
    await expect.poll(() => options.getByLabel('Write key').getAttribute('placeholder')).toContain('••••CRET');
    expect(await pageDump(options)).not.toContain(KEY);
    expect(await pageDump(options)).not.toContain(KEY.slice(0, 12));
    await options.close();
  });

  it('is not in the getSyncSettings answer, any options section or the popup', async () => {
    const view = await sendExtensionMessage(harness, 'getSyncSettings');
    expect(JSON.stringify(view)).not.toContain(KEY.slice(0, -4));
    expect(view).toMatchObject({ hasWriteKey: true, writeKeyMasked: '••••CRET' });
    for (const section of sections) {
      const page = await harness.newPage(`${harness.extensionUrl('options.html')}#${section.id}`);
      await page.locator('#section-title').waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      await page.waitForTimeout(300);
      expect(await pageDump(page), `#${section.id}`).not.toContain(KEY.slice(0, -4));
      await page.close();
    }
    const popup = await harness.openPopup();
    await popup.getByRole('radiogroup').first().waitFor();
    expect(await pageDump(popup)).not.toContain(KEY.slice(0, -4));
    await popup.close();
  });

  it('is not in the usage exports (JSON, CSV) or the template export', async () => {
    const data = await harness.newPage(`${harness.extensionUrl('options.html')}#data`);
    const json = await download(data, 'Export JSON');
    const csv = await download(data, 'Export CSV');
    expect(JSON.parse(json)).toHaveProperty('events');
    for (const text of [json, csv]) {
      expect(text).not.toContain(KEY.slice(0, -4));
      expect(text).not.toContain('collector.example.com');
    }
    await data.close();
    const templates = await sendExtensionMessage(harness, 'exportPersonalTemplates');
    expect(JSON.stringify(templates)).not.toContain(KEY.slice(0, -4));
  });

  it('is out of reach of our content script: its world cannot read extension storage at all', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await page.locator('[data-pops="template-button"]').first().waitFor();
    // The content script's isolated world is named after the extension; CDP can evaluate in it.
    const cdp = await harness.context.newCDPSession(page);
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const isOurs = (w: (typeof worlds)[number]) => w.auxData?.type === 'isolated' && w.name === 'Product Ops Kit';
    await expect.poll(() => worlds.some(isOurs)).toBe(true);
    const world = worlds.find(isOurs)!;
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      expression: `chrome.storage.local.get(null).then((all) => JSON.stringify(all), (error) => 'refused: ' + error.message)`,
    });
    expect(result.value).toBe('refused: Access to storage is not allowed from this context.');
    await page.close();
  });
});
