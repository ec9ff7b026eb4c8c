/** The shared-scenario driver on puppeteer-core + Firefox ESR over WebDriver BiDi. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, ElementHandle, Frame, KeyInput, Page } from 'puppeteer-core';
import { originToPattern } from '../../../utils/dc-origins/origin-pattern';
import { startFixtureServer } from '../../fixtures/server';
import { splitKeys, type By, type Driver, type DriverPage } from '../harness/driver';
import { EXTENSION_UUID, launchFirefox } from './launch';
import { queryScript } from './query';

const extensionUrl = (file: string) => `moz-extension://${EXTENSION_UUID}/${file}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function poll<T>(what: string, timeout: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** Playwright key names → Puppeteer's: single letters are KeyX codes so Shift does not change them. */
const keyName = (key: string): KeyInput => (/^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key) as KeyInput;

function wrap(page: Page, downloadDir: string): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));

  /** The frame an element lives in: CSS `frame` selectors step into that iframe's document. */
  const frameFor = async (by: By): Promise<{ frame: Frame; inner: By }> => {
    if (!('css' in by) || !by.frame) return { frame: page.mainFrame(), inner: by };
    const iframe = await handles({ css: by.frame, ...(by.within ? { within: by.within } : {}) }).then((h) => h[0]);
    const frame = await iframe?.contentFrame();
    if (!frame) throw new Error(`no iframe ${by.frame}`);
    return { frame, inner: { css: by.css } };
  };
  const handles = async (by: By): Promise<ElementHandle<Element>[]> => {
    const { frame, inner } = await frameFor(by);
    const list = await frame.evaluateHandle(queryScript(inner));
    const props = await list.getProperties();
    await list.dispose();
    return [...props.values()].map((h) => h.asElement()).filter((h): h is ElementHandle<Element> => h !== null);
  };
  const one = (by: By, timeout = 10_000) =>
    poll(JSON.stringify(by), timeout, async () => (await handles(by))[0]);

  return {
    async click(by) {
      await (await one(by)).click();
    },
    async fill(by, value) {
      const field = await one(by);
      if (await field.evaluate((el) => el.tagName === 'SELECT')) {
        const chosen = await field.evaluate((el, wanted) => {
          const option = [...(el as HTMLSelectElement).options].find((o) => o.value === wanted || o.label === wanted);
          if (!option) return false;
          (el as HTMLSelectElement).value = option.value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        }, value);
        if (!chosen) throw new Error(`no option "${value}" in ${JSON.stringify(by)}`);
        return;
      }
      // Typed as a user types; a re-render that moves focus mid-way (seen once on a loaded CI machine)
      // loses keys, so the value is checked and typed again rather than leaving a required field empty.
      for (let attempt = 1; ; attempt++) {
        await field.evaluate((el) => {
          (el as HTMLInputElement).focus();
          (el as HTMLInputElement).select();
        });
        if (value) await page.keyboard.type(value);
        else await page.keyboard.press('Backspace');
        const typed = await field.evaluate((el) => (el as HTMLInputElement).value);
        if (typed === value) return;
        if (attempt === 3) throw new Error(`${JSON.stringify(by)} holds ${JSON.stringify(typed)} after typing ${JSON.stringify(value)}`);
      }
    },
    async press(keys) {
      const { modifiers, key } = splitKeys(keys);
      for (const modifier of modifiers) await page.keyboard.down(modifier as KeyInput);
      await page.keyboard.press(keyName(key));
      for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier as KeyInput);
    },
    async waitFor(by, options = {}) {
      const timeout = options.timeout ?? 10_000;
      if (options.state === 'detached') {
        await poll(`${JSON.stringify(by)} to go`, timeout, async () => ((await handles(by)).length === 0 ? true : undefined));
      } else await one(by, timeout);
    },
    count: async (by) => (await handles(by)).length,
    isChecked: async (by) => (await one(by)).evaluate((el) => (el as HTMLInputElement).checked ?? el.getAttribute('aria-checked') === 'true'),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitForFunction(fn, arg, timeout = 10_000) {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
    async reload() {
      await page.reload();
    },
    async download(by) {
      const before = new Set(await readdir(downloadDir));
      await (await one(by)).click();
      // Firefox creates the file empty first and fills it from a .part file, so wait for content.
      return poll('a finished download', 10_000, async () => {
        const names = await readdir(downloadDir);
        const fileName = names.find((name) => !before.has(name) && !name.endsWith('.part'));
        if (!fileName || names.some((name) => name.endsWith('.part'))) return undefined;
        const text = await readFile(path.join(downloadDir, fileName), 'utf8');
        return text ? { fileName, text } : undefined;
      });
    },
    errors: () => [...errors],
    close: () => page.close(),
  };
}

export async function firefoxDriver(): Promise<Driver> {
  const downloadDir = await mkdtemp(path.join(os.tmpdir(), 'pops-ff-downloads-'));
  const [server, { browser }] = await Promise.all([startFixtureServer(), launchFirefox(downloadDir)]);
  const newPage = async () => browser.newPage();

  /**
   * Puppeteer's goto never resolves for moz-extension:// (the tab moves to the extension process and
   * BiDi's load event for it does not reach Puppeteer), so start it and watch the document instead.
   */
  const openExtensionPage = async (file: string) => {
    const page = await newPage();
    const url = extensionUrl(file);
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    await poll(url, 15_000, async () =>
      (await page.evaluate(() => (document.readyState === 'complete' ? location.href : ''))) === url ? true : undefined,
    );
    return page;
  };

  let messenger: Page | undefined;
  const send: Driver['send'] = async (type, data) => {
    messenger ??= await openExtensionPage('popup.html');
    // The @webext-core/messaging wire format: { id, type, data, timestamp } → { res } | { err }.
    const reply = await messenger.evaluate(
      (t, d) => (globalThis as any).browser.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }),
      type,
      data as never,
    );
    if (reply?.err) throw new Error(`${type}: ${reply.err.message}`);
    return reply?.res;
  };

  return {
    browser: 'firefox',
    version: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
    server,
    urls: server.urls,
    async open(url) {
      const page = await newPage();
      await page.goto(url);
      return wrap(page, downloadDir);
    },
    openExtensionPage: async (file) => wrap(await openExtensionPage(file), downloadDir),
    send,
    async enableDcOrigin(origin) {
      const page = await openExtensionPage('popup.html');
      await page.evaluate((pattern) => {
        const button = document.createElement('button');
        button.textContent = 'grant';
        button.onclick = () =>
          void (globalThis as any).browser.permissions.request({ origins: [pattern] }).then(
            (ok: boolean) => (button.dataset.granted = String(ok)),
            (error: Error) => (button.dataset.granted = error.message),
          );
        document.body.append(button);
      }, originToPattern(origin, false));
      await wrap(page, downloadDir).click({ role: 'button', name: 'grant' });
      const granted = await poll('the permission answer', 5000, () => page.evaluate(() => document.querySelector('button[data-granted]')?.getAttribute('data-granted') ?? undefined));
      await page.close();
      if (granted !== 'true') throw new Error(`permissions.request for ${origin}: ${granted}`);
      const status = await send('addDcOrigin', { origin });
      if (!status.granted) throw new Error(`${origin} was not granted`);
    },
    async close() {
      await browser.close();
      await server.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}
