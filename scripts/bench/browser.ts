/**
 * Browser plumbing shared by the timing sections: a Chromium with or without the built extension
 * (the e2e harness), pages carrying the in-page probes, CDP main-thread metrics and small stats.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launch, type Harness } from '../../tests/e2e/harness';
import { sendExtensionMessage } from '../../tests/e2e/harness/messages';
import { installProbes, NAME_SHIM } from './page-probes';
import { installWorkerIdb } from './worker-idb';

export type { Harness };

/** Progress goes to stderr so the table on stdout stays clean. */
export const progress = (message: string) => console.error(`[bench] ${message}`);

export const median = (values: readonly number[]): number => {
  if (!values.length) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export const spread = (values: readonly number[], unit = 'ms') =>
  `n=${values.length}, min ${round(Math.min(...values))} ${unit}, max ${round(Math.max(...values))} ${unit}`;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `fn` with a fresh Chromium profile, with or without the extension, and always closes it. */
export async function withBrowser<T>(
  options: { extensionDir: string; extension: boolean },
  fn: (harness: Harness) => Promise<T>,
): Promise<T> {
  // The harness reads the build to load from POPS_EXT_DIR; the bench built (or was given) it already.
  process.env.POPS_EXT_DIR = options.extensionDir;
  const harness = await launch({ extension: options.extension });
  try {
    await harness.context.addInitScript({ content: NAME_SHIM });
    await harness.context.addInitScript(installProbes);
    return await fn(harness);
  } finally {
    await harness.close();
  }
}

/**
 * Evaluates `fn` in the extension's service worker with the bench helpers (`__benchIdb`) in place.
 * A message first, so a worker Chrome stopped while idle is running again.
 */
export async function workerEval<R, A>(harness: Harness, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  await sendExtensionMessage(harness, 'getUsageSettings');
  const worker = await harness.serviceWorker();
  await worker.evaluate(`${NAME_SHIM}(${installWorkerIdb.toString()})()`);
  return worker.evaluate(fn, arg as never);
}

/** Renderer main-thread totals (seconds in CDP, returned in ms) from Performance.getMetrics. */
export interface MainThread {
  taskMs: number;
  scriptMs: number;
}

export async function mainThreadMeter(page: Page): Promise<() => Promise<MainThread>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async (): Promise<MainThread> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { taskMs: get('TaskDuration'), scriptMs: get('ScriptDuration') };
  };
  const start = await read();
  return async () => {
    const end = await read();
    return { taskMs: end.taskMs - start.taskMs, scriptMs: end.scriptMs - start.scriptMs };
  };
}

/** The Jira Cloud fixture is ready when it rendered (window.__fixture.ready). */
export async function fixtureReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__fixture?.ready === true);
}

/** Our "Insert template" button inside `anchorSelector` (any depth of open shadow roots). */
export async function waitForInsertButton(page: Page, anchorSelector: string): Promise<number> {
  return page.evaluate(
    (selector) =>
      window.__bench.when(() => {
        const anchor = document.querySelector(selector);
        return !!anchor && !!window.__bench.byRole('button', 'Insert template', anchor);
      }),
    anchorSelector,
  );
}

export const DESCRIPTION_ANCHOR = '[data-testid="issue.views.issue-base.common.description.label"]';
