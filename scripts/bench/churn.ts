/**
 * Main-thread cost of our content script: (1) a Jira issue view that churns 10,000 DOM mutations
 * (tests/fixtures/pages/churn.ts), with vs without the extension, loads interleaved; (2) five idle
 * seconds on the issue view. Main-thread time is the renderer's TaskDuration (CDP
 * Performance.getMetrics), which counts the page's and our isolated world's work alike.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR } from '../../tests/fixtures/build';
import type { BenchSection } from './report';
import {
  DESCRIPTION_ANCHOR,
  fixtureReady,
  mainThreadMeter,
  median,
  progress,
  round,
  sleep,
  spread,
  waitForInsertButton,
  withBrowser,
  type Harness,
  type MainThread,
} from './browser';

const RUNS = 5;
const FRAMES = 100;
const PER_FRAME = 100;
/** Longer than the observer's debounce (80 ms quiet, 400 ms max), so its last flush is counted. */
const SETTLE_MS = 600;
const IDLE_MS = 5000;

/** `/browse/ABC-2?churn` serves the churn page: same path, so the Jira Cloud adapter sees an issue view. */
function serveChurnPage(harness: Harness): void {
  harness.server.route('GET', '/browse/ABC-2', (_req, res, url) => {
    const file = url.searchParams.has('churn') ? 'churn.html' : 'jira-cloud-issue.html';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    createReadStream(path.join(FIXTURES_DIR, 'html', file)).pipe(res);
  });
}

/** A page load that has finished its own start-up work (and, with the extension, mounted our UI). */
async function settledPage(harness: Harness, url: string, withExtension: boolean): Promise<Page> {
  const page = await harness.newPage(url);
  await fixtureReady(page);
  if (withExtension) await waitForInsertButton(page, DESCRIPTION_ANCHOR);
  await sleep(1000);
  return page;
}

interface ChurnRun extends MainThread {
  wallMs: number;
  frameScriptMs: number;
}

async function churnOnce(harness: Harness, withExtension: boolean): Promise<ChurnRun> {
  const page = await settledPage(harness, `${harness.urls.jiraCloudIssue('ABC-2')}?churn`, withExtension);
  const meter = await mainThreadMeter(page);
  const result = await page.evaluate(([frames, perFrame]) => window.__churn.run(frames, perFrame), [FRAMES, PER_FRAME] as const);
  if (result.mutations !== FRAMES * PER_FRAME) throw new Error(`churn made ${result.mutations} mutations`);
  await sleep(SETTLE_MS);
  const thread = await meter();
  await page.close();
  return { ...thread, wallMs: result.wallMs, frameScriptMs: result.frameScriptMs };
}

interface IdleRun extends MainThread {
  mutations: number;
}

/** Main-thread time and DOM mutations (page, our shadow roots included) over IDLE_MS on a settled page. */
async function idleOnce(harness: Harness, withExtension: boolean): Promise<IdleRun> {
  const page = await settledPage(harness, harness.urls.jiraCloudIssue('ABC-2'), withExtension);
  await page.evaluate(() => {
    const counter = { mutations: 0 };
    (window as unknown as { __benchIdle: typeof counter }).__benchIdle = counter;
    const observer = new MutationObserver((records) => (counter.mutations += records.length));
    const watch = (root: Node) => observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    watch(document);
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
  });
  const meter = await mainThreadMeter(page);
  await sleep(IDLE_MS);
  const thread = await meter();
  const mutations = await page.evaluate(() => (window as unknown as { __benchIdle: { mutations: number } }).__benchIdle.mutations);
  await page.close();
  return { ...thread, mutations };
}

const pct = (value: number, base: number) => round(((value - base) / base) * 100, 1);

export const churnSection: BenchSection = {
  name: 'churn',
  async run(row, { extensionDir }) {
    progress(`churn: ${RUNS + 1} interleaved loads per browser × ${FRAMES * PER_FRAME} mutations, then ${IDLE_MS / 1000} s idle each`);
    const bare: ChurnRun[] = [];
    const ext: ChurnRun[] = [];
    let idleBare: IdleRun | undefined;
    let idleExt: IdleRun | undefined;
    await withBrowser({ extensionDir, extension: false }, (bareHarness) =>
      withBrowser({ extensionDir, extension: true }, async (extHarness) => {
        serveChurnPage(bareHarness);
        serveChurnPage(extHarness);
        // The first load of each browser is a warm-up.
        for (let i = 0; i <= RUNS; i++) {
          const pair = [await churnOnce(bareHarness, false), await churnOnce(extHarness, true)];
          if (i === 0) continue;
          bare.push(pair[0]!);
          ext.push(pair[1]!);
        }
        idleBare = await idleOnce(bareHarness, false);
        idleExt = await idleOnce(extHarness, true);
      }),
    );
    const task = { bare: median(bare.map((r) => r.taskMs)), ext: median(ext.map((r) => r.taskMs)) };
    // Loads ran in pairs, so each pair shares the machine's mood of the moment: compare within pairs.
    const added = median(ext.map((r, i) => pct(r.taskMs, bare[i]!.taskMs)));
    const wall = { bare: median(bare.map((r) => r.wallMs)), ext: median(ext.map((r) => r.wallMs)) };
    row(`main-thread time, ${(FRAMES * PER_FRAME).toLocaleString('en-US')} mutations`, round(task.ext), 'ms', {
      baseline: round(task.bare),
      detail: `TaskDuration over ${FRAMES} frames + ${SETTLE_MS} ms settle, with vs without extension; ext ${spread(ext.map((r) => r.taskMs))}; without ${spread(bare.map((r) => r.taskMs))}`,
    });
    row('added main-thread time under churn', round(added, 1), '%', {
      baseline: 0,
      detail: `target ≤ 2 %; median of ${RUNS} paired loads; script time ${round(median(ext.map((r) => r.scriptMs)))} vs ${round(median(bare.map((r) => r.scriptMs)))} ms; churn wall ${round(wall.ext)} vs ${round(wall.bare)} ms; frame callbacks ${round(median(ext.map((r) => r.frameScriptMs)))} vs ${round(median(bare.map((r) => r.frameScriptMs)))} ms`,
    });
    row(`idle ${IDLE_MS / 1000} s: main-thread time`, round(idleExt!.taskMs), 'ms', {
      baseline: round(idleBare!.taskMs),
      detail: `settled issue view, with vs without extension; script ${round(idleExt!.scriptMs)} vs ${round(idleBare!.scriptMs)} ms`,
    });
    row(`idle ${IDLE_MS / 1000} s: DOM mutations (our observer has nothing to run on)`, idleExt!.mutations, 'mutations', {
      baseline: idleBare!.mutations,
      detail: 'target 0: every mutation in the document and open shadow roots, with vs without extension',
    });
  },
};
