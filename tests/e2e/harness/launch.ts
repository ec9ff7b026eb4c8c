/**
 * Starts the fixture server and a fresh Chromium profile with the extension loaded, and gives
 * tests handles on the extension: its id, pages, service worker (eval, stop, restart) and host
 * permission grants.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server';
import type { FixtureUrls } from '../../fixtures/urls';
import { assertChromium, CHROMIUM_PATH, chromiumArgs } from './chromium';
import { extensionDir } from './extension';

export interface PageErrorRecord {
  url: string;
  message: string;
}

export interface LaunchOptions {
  /** Load the extension (default true). */
  extension?: boolean;
  headless?: boolean;
  /** Reuse a running fixture server instead of starting one (it is then not closed by close()). */
  server?: FixtureServer;
}

export interface Harness {
  context: BrowserContext;
  server: FixtureServer;
  urls: FixtureUrls;
  extensionId: string;
  extensionUrl(file: string): string;
  /** Uncaught errors of every page in the context (pageerror), in order. */
  pageErrors: PageErrorRecord[];
  newPage(url?: string): Promise<Page>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The running background worker, started if it was stopped. */
  serviceWorker(): Promise<Worker>;
  swEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Terminates the MV3 background as Chrome does when idle (CDP ServiceWorker.stopAllWorkers); resolves once stopped. */
  stopServiceWorker(): Promise<void>;
  /**
   * Pre-approves `origin/*` on chrome://extensions (developerPrivate.addHostPermission): the
   * extension's own `permissions.request()` for it then resolves true without a prompt (a request
   * still has to happen; headless Chromium cannot answer the prompt). See toolchain.md.
   */
  grantHostPermission(origin: string): Promise<void>;
  revokeHostPermission(origin: string): Promise<void>;
  close(): Promise<void>;
}

const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');

async function waitForWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout });
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  assertChromium();
  const withExtension = options.extension ?? true;
  const extDir = withExtension ? extensionDir() : undefined;
  const server = options.server ?? (await startFixtureServer());
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'pops-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(extDir),
    viewport: { width: 1280, height: 900 },
  });

  const pageErrors: PageErrorRecord[] = [];
  const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push({ url: page.url(), message: error.message }));
  context.pages().forEach(watch);
  context.on('page', watch);

  const extensionId = extDir ? new URL((await waitForWorker(context)).url()).host : '';
  const extensionUrl = (file: string) => {
    if (!extensionId) throw new Error('launch({ extension: false }) has no extension pages');
    return `chrome-extension://${extensionId}/${file}`;
  };

  // Playwright keeps the Worker object across a CDP stop/start, so the running state comes from
  // ServiceWorker.workerVersionUpdated events instead.
  let workerStatus = 'running';
  const statusWaiters: { status: string; resolve(): void }[] = [];
  let cdp: CDPSession | undefined;
  const browserCdp = async () => {
    if (!cdp) {
      // ServiceWorker.* acts on the whole profile; any page target can carry the session.
      const page = context.pages()[0] ?? (await context.newPage());
      cdp = await context.newCDPSession(page);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const version = versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
        if (!version) return;
        workerStatus = version.runningStatus;
        for (const waiter of statusWaiters.filter((w) => w.status === workerStatus)) {
          statusWaiters.splice(statusWaiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      });
      await cdp.send('ServiceWorker.enable');
    }
    return cdp;
  };
  const workerReaches = (status: string) =>
    workerStatus === status ? Promise.resolve() : new Promise<void>((resolve) => statusWaiters.push({ status, resolve }));

  const serviceWorker = async () => {
    if (workerStatus !== 'running') {
      const running = workerReaches('running');
      await (await browserCdp()).send('ServiceWorker.startWorker', { scopeURL: extensionUrl('') });
      await running;
    }
    return waitForWorker(context);
  };

  const newPage = async (url?: string) => {
    const page = await context.newPage();
    if (url) await page.goto(url);
    return page;
  };

  /** chrome://extensions exposes developerPrivate, which edits runtime host grants without a prompt. */
  const editHostPermission = async (method: 'addHostPermission' | 'removeHostPermission', origin: string) => {
    const page = await newPage(`chrome://extensions/?id=${extensionId}`);
    try {
      await page.evaluate(
        ([name, id, pattern]) => (globalThis as any).chrome.developerPrivate[name](id, pattern) as Promise<void>,
        [method, extensionId, `${new URL(origin).origin}/*`] as const,
      );
    } finally {
      await page.close();
    }
  };

  return {
    context,
    server,
    urls: server.urls,
    extensionId,
    extensionUrl,
    pageErrors,
    newPage,
    openPopup: () => newPage(extensionUrl('popup.html')),
    openOptions: () => newPage(extensionUrl('options.html')),
    serviceWorker,
    swEval: async (fn, arg) => (await serviceWorker()).evaluate(fn, arg as never),
    stopServiceWorker: async () => {
      const session = await browserCdp();
      const stopped = workerReaches('stopped');
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    grantHostPermission: (origin) => editHostPermission('addHostPermission', origin),
    revokeHostPermission: (origin) => editHostPermission('removeHostPermission', origin),
    close: async () => {
      await context.close();
      if (!options.server) await server.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
