/** The shared-scenario driver on Playwright + Debian Chromium, over the existing launch() harness. */
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium';
import type { By, Driver, DriverPage } from './driver';
import { launch } from './launch';
import { enableDcOrigin, sendExtensionMessage } from './messages';

function locate(page: Page, by: By): Locator {
  const scope: Page | Locator = by.within ? locate(page, by.within).first() : page;
  if ('role' in by) {
    return scope.getByRole(by.role as Parameters<Page['getByRole']>[0], by.name === undefined ? {} : { name: by.name, exact: by.exact ?? true });
  }
  if ('label' in by) return scope.getByLabel(by.label, { exact: false });
  if ('text' in by) return scope.getByText(by.text);
  const root: Page | Locator | FrameLocator = by.frame ? scope.frameLocator(by.frame) : scope;
  return root.locator(by.css);
}

function wrap(page: Page): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const one = (by: By) => locate(page, by).first();
  return {
    click: (by) => one(by).click(),
    async fill(by, value) {
      const field = one(by);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    },
    press: (keys) => page.keyboard.press(keys),
    waitFor: (by, options = {}) => one(by).waitFor({ state: options.state ?? 'attached', timeout: options.timeout ?? 10_000 }),
    count: (by) => locate(page, by).count(),
    isChecked: (by) => one(by).isChecked(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitForFunction: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    reload: async () => {
      await page.reload();
    },
    async download(by) {
      const pending = page.waitForEvent('download');
      await one(by).click();
      const file = await pending;
      const saved = path.join(os.tmpdir(), `pops-download-${process.pid}-${Date.now()}`);
      await file.saveAs(saved);
      const text = await readFile(saved, 'utf8');
      await rm(saved, { force: true });
      return { fileName: file.suggestedFilename(), text };
    },
    errors: () => [...errors],
    close: () => page.close(),
  };
}

export async function playwrightDriver(): Promise<Driver> {
  const harness = await launch();
  // A persistent context has no Browser object to ask, and the user agent hides the minor version.
  const version = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(/Chromium ([\d.]+)/)?.[1] ?? 'unknown';
  return {
    browser: 'chromium',
    version: `Chromium ${version}`,
    server: harness.server,
    urls: harness.urls,
    open: async (url) => wrap(await harness.newPage(url)),
    openExtensionPage: async (file) => wrap(await harness.newPage(harness.extensionUrl(file))),
    send: (type, data) => sendExtensionMessage(harness, type, data),
    enableDcOrigin: (origin) => enableDcOrigin(harness, origin),
    stopBackground: () => harness.stopServiceWorker(),
    close: () => harness.close(),
  };
}
