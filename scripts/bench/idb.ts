/**
 * Usage store in the real browser: recording 1,000 events through trackEvents (a burst of single
 * messages and one batch; nothing may be lost), and the dashboard query (getAdoptionStats over a
 * year, unfiltered, by site and by project) with 100k and then 1M stored events seeded into the
 * background's IndexedDB, then with a department's imports on top. Yardsticks in the same run:
 * Chrome's messaging floor, plain IndexedDB puts, and plain getAlls of the rollup stores.
 */
import type { Page } from 'playwright-core';
import { sendExtensionMessage } from '../../tests/e2e/harness/messages';
import type { UsageEvent } from '../../utils/schemas/events';
import type { BenchSection } from './report';
import { median, progress, round, spread, withBrowser, type Harness } from './browser';
import { plainReads, putInWorker, startStaging, storedWithProject, type Staging } from './idb-store';
import { SEED_DAYS, UsageSeed } from './usage-seed';
import { localDay } from '../../utils/calendar';
import { addDays } from '../../utils/metrics/weeks';

const BURST = 1000;
const QUERY_RUNS = 5;
const CHUNK = 50_000;
const CHECKPOINTS = [100_000, 1_000_000];

// Runs inside the extension page, where `chrome` exists.
declare const chrome: typeof browser;

type Filters = { from: string; to: string; site?: string; project?: string };

/** ms for getAdoptionStats, timed in the extension page (what the dashboard waits for). */
function timeQuery(page: Page, filters: Filters): Promise<number> {
  return page.evaluate(async (filters) => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage({ id: Date.now(), type: 'getAdoptionStats', data: filters, timestamp: Date.now() });
    if (reply?.err) throw new Error(`getAdoptionStats: ${reply.err.message}`);
    return performance.now() - started;
  }, filters);
}

async function timeQueries(page: Page, filters: Filters & { includeImports?: boolean }): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) times.push(await timeQuery(page, filters));
  return times;
}

const TEAMMATES = 5;
const PER_TEAMMATE = 200_000;

/** A department's imports, stored as importUsage stores them: a record each, and rollups at every grain keyed by import. */
async function seedTeamImports(harness: Harness, staging: Staging): Promise<void> {
  const started = Date.now();
  for (let t = 0; t < TEAMMATES; t++) {
    const seed = new UsageSeed(4_200 + t);
    seed.foldOnly(PER_TEAMMATE);
    const importId = `bench-import-${t}`;
    const now = new Date().toISOString();
    const installId = `00000000-0000-4000-8000-${String(t).padStart(12, '0')}`;
    const finest = seed.rollups.get('rollups')!;
    await putInWorker(harness, staging, 'imports', [{ id: importId, installId, exportedAt: now, importedAt: now, events: PER_TEAMMATE, rollupDays: finest.size }]);
    const records = [...seed.rollups].flatMap(([grain, rollups]) => [...rollups.values()].map((rollup) => ({ ...rollup, importId, grain })));
    for (let i = 0; i < records.length; i += 5000) await putInWorker(harness, staging, 'importedRollups', records.slice(i, i + 5000));
  }
  progress(`idb: ${TEAMMATES} teammates' imports written (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** The dashboard's three kinds of read: everything, one site (the busiest), one project. */
const QUERIES: { label: string; filters: Omit<Filters, 'from' | 'to'> }[] = [
  { label: 'all sites', filters: {} },
  { label: 'site jira-cloud', filters: { site: 'jira-cloud' } },
  { label: 'project ABC', filters: { project: 'ABC' } },
];

/** Sends `BURST` events from the extension page, as one message each (all at once) or as one batch. */
function sendBurst(page: Page, events: UsageEvent[], asBatch: boolean): Promise<{ ms: number; acknowledged: number }> {
  return page.evaluate(
    async ([events, asBatch]) => {
      const send = (data: unknown) => chrome.runtime.sendMessage({ id: Math.random(), type: 'trackEvents', data, timestamp: Date.now() });
      const started = performance.now();
      const replies = await Promise.all(asBatch ? [send(events)] : events.map((event) => send([event])));
      const ms = performance.now() - started;
      return { ms, acknowledged: replies.reduce((n, reply) => n + (reply?.res?.stored ?? 0), 0) };
    },
    [events, asBatch] as const,
  );
}

/** Chrome's own cost of BURST round trips: messages no handler answers (the floor for one-event messages). */
function timeUnansweredMessages(page: Page): Promise<number> {
  return page.evaluate(async (count) => {
    const started = performance.now();
    await Promise.all(Array.from({ length: count }, () => chrome.runtime.sendMessage({ id: Math.random(), type: 'benchNoSuchMessage', data: null, timestamp: Date.now() }).catch(() => null)));
    return performance.now() - started;
  }, BURST);
}

const markerEvents = (project: string): UsageEvent[] =>
  Array.from({ length: BURST }, () => ({ type: 'picker_opened', site: 'jira-cloud', page: 'issue', project }));

const perSecond = (ms: number) => Math.round((BURST / ms) * 1000).toLocaleString('en-US');

/**
 * The dashboard reads rollups only, so by default a checkpoint's history is folded into rollups in
 * Node (the app's own applyEvent) and only those are written: the worker stores ~1–10k raw events/s,
 * so a 1M raw log takes minutes. POPS_BENCH_RAW_LOG=1 writes the raw events too.
 */
const RAW_LOG = process.env.POPS_BENCH_RAW_LOG === '1';

async function seedTo(harness: Harness, staging: Staging, seed: UsageSeed, from: number, to: number): Promise<void> {
  const started = Date.now();
  for (let seeded = from; seeded < to; ) {
    const count = Math.min(CHUNK, to - seeded);
    if (RAW_LOG) await putInWorker(harness, staging, 'events', seed.events(count));
    else seed.foldOnly(count);
    seeded += count;
    if (seeded % 250_000 === 0 || seeded === to) {
      progress(`idb: ${seeded.toLocaleString('en-US')} events ${RAW_LOG ? 'stored' : 'folded into rollups'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  const writing = Date.now();
  for (const [store, records] of seed.rollups) {
    const rollups = [...records.values()];
    for (let i = 0; i < rollups.length; i += 5000) await putInWorker(harness, staging, store, rollups.slice(i, i + 5000), i === 0);
  }
  const counts = [...seed.rollups].map(([store, records]) => `${records.size.toLocaleString('en-US')} ${store}`).join(', ');
  progress(`idb: ${counts} written (${((Date.now() - writing) / 1000).toFixed(1)} s)`);
}

export const idbSection: BenchSection = {
  name: 'idb',
  async run(row, { extensionDir }) {
    const staging = await startStaging();
    await withBrowser({ extensionDir, extension: true }, async (harness) => {
      const to = localDay();
      const from = addDays(to, -(SEED_DAYS - 1));
      // Has the background create its database, and keeps the daily retention alarm from pruning the seeded year.
      await sendExtensionMessage(harness, 'getAdoptionStats', { from, to });
      await sendExtensionMessage(harness, 'saveUsageSettings', { usage: { retentionDays: 3650 } });
      const page = await harness.newPage(harness.extensionUrl('popup.html'));

      progress(`idb: recording ${BURST} events as ${BURST} messages, then as one batch`);
      const plainPut = await putInWorker(harness, staging, 'events', markerEvents('PLAIN').map((e, i) => ({ ...e, id: `plain-${i}`, ts: new Date().toISOString() })));
      const floor = await timeUnansweredMessages(page);
      const burst = await sendBurst(page, markerEvents('BURST'), false);
      const batch = await sendBurst(page, markerEvents('BATCH'), true);
      const stored = { burst: await storedWithProject(harness, 'BURST'), batch: await storedWithProject(harness, 'BATCH') };
      row(`${BURST} events as ${BURST} trackEvents messages at once`, round(burst.ms), 'ms', {
        baseline: round(plainPut),
        detail: `target ≥ 1,000 events/s: ${perSecond(burst.ms)} events/s; baseline: ${BURST} plain puts in one transaction in the worker`,
      });
      row(`${BURST} messages no handler answers (Chrome's messaging floor)`, round(floor), 'ms', {
        baseline: round(burst.ms),
        detail: `${perSecond(floor)} messages/s; baseline: the ${BURST} trackEvents messages above`,
      });
      row(`${BURST} events in one trackEvents message`, round(batch.ms), 'ms', {
        baseline: round(plainPut),
        detail: `${perSecond(batch.ms)} events/s`,
      });
      row(`events lost of ${2 * BURST} sent`, 2 * BURST - stored.burst - stored.batch, 'events', {
        baseline: 0,
        detail: `target 0; stored ${stored.burst} + ${stored.batch}, acknowledged ${burst.acknowledged} + ${batch.acknowledged}`,
      });

      const ownMedians = new Map<string, number>();
      // The seeded history replaces everything recorded so far, so the figures describe it alone.
      await putInWorker(harness, staging, 'events', [], true);
      const seed = new UsageSeed(20_251_231);
      let seeded = 0;
      for (const target of CHECKPOINTS) {
        await seedTo(harness, staging, seed, seeded, target);
        seeded = target;
        const plain = await plainReads(harness);
        const rawLog = RAW_LOG ? `raw log ${plain.events.toLocaleString('en-US')} events, by-type count ${round(plain.countMs)} ms` : 'raw log not seeded (POPS_BENCH_RAW_LOG=1 to seed it)';
        for (const { label, filters } of QUERIES) {
          const times = await timeQueries(page, { from, to, ...filters });
          ownMedians.set(label, median(times));
          row(`dashboard query (${SEED_DAYS} days, ${label}), ${target.toLocaleString('en-US')} events`, round(median(times)), 'ms', {
            baseline: round(plain.getAllMs),
            detail: `target ≤ 300 ms at 1M; ${spread(times)}; baseline: getAll of all ${plain.rollups.toLocaleString('en-US')} day × site × project rollups in the worker (what every query read before v3); getAll of the day totals: ${round(plain.dayTotalsMs)} ms; ${rawLog}`,
          });
        }
      }

      const team = `${TEAMMATES} teammates × ${(PER_TEAMMATE / 1000).toLocaleString('en-US')}k events`;
      await seedTeamImports(harness, staging);
      for (const { label, filters } of QUERIES) {
        const times = await timeQueries(page, { from, to, ...filters, includeImports: true });
        row(`dashboard query (${SEED_DAYS} days, ${label}), own 1M + imports of ${team}`, round(median(times)), 'ms', {
          baseline: round(ownMedians.get(label)!),
          detail: `${spread(times)}; baseline: the same query over own data only, above`,
        });
      }
    }).finally(() => staging.close());
  },
};
