/**
 * Direct access to the background's IndexedDB for the idb section: bulk writes (the values travel
 * over a local HTTP server, as shipping megabytes through CDP evaluate takes seconds per chunk) and
 * the plain reads used as yardsticks.
 */
import { startLocalServer, type LocalServer } from '../../tests/fixtures/server';
import type { RollupStoreName } from '../../utils/metrics/grains';
import { workerEval, type Harness } from './browser';

export interface Staging {
  /** A URL that serves `json` once. */
  stage(json: string): string;
  close(): Promise<void>;
}

export async function startStaging(): Promise<Staging> {
  const bodies = new Map<string, string>();
  let next = 0;
  const server: LocalServer = await startLocalServer((_req, res, url) => {
    const body = bodies.get(url.pathname);
    bodies.delete(url.pathname);
    // The worker is another origin (chrome-extension://); its fetch needs CORS.
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(body ?? '');
  });
  return {
    stage(json) {
      const pathname = `/chunk-${next++}`;
      bodies.set(pathname, json);
      return `${server.origin}${pathname}`;
    },
    close: () => server.close(),
  };
}

/** Stores (or clears, then stores) values in one readwrite transaction; returns the worker's ms for it. */
export function putInWorker(harness: Harness, staging: Staging, store: 'events' | RollupStoreName | 'imports' | 'importedRollups', values: unknown[], clear = false) {
  return workerEval(
    harness,
    async ({ store, url, clear }) => {
      const values = (await (await fetch(url)).json()) as unknown[];
      const db = await __benchIdb.open();
      const started = performance.now();
      const tx = db.transaction(store, 'readwrite');
      const objectStore = tx.objectStore(store);
      if (clear) objectStore.clear();
      for (const value of values) objectStore.put(value);
      await __benchIdb.done(tx);
      db.close();
      return performance.now() - started;
    },
    { store, url: staging.stage(JSON.stringify(values)), clear },
  );
}

/**
 * Worker-side yardsticks: getAll of the finest rollups (what every query read before v3) and of the
 * day totals (the unfiltered query's own read), and counting one event type through its index.
 */
export function plainReads(harness: Harness) {
  return workerEval(
    harness,
    async () => {
      const db = await __benchIdb.open();
      let started = performance.now();
      const rollups = await __benchIdb.read(db.transaction('rollups').objectStore('rollups').getAll());
      const getAllMs = performance.now() - started;
      started = performance.now();
      await __benchIdb.read(db.transaction('dayTotals').objectStore('dayTotals').getAll());
      const dayTotalsMs = performance.now() - started;
      started = performance.now();
      const inserts = await __benchIdb.read(db.transaction('events').objectStore('events').index('by-type').count('template_inserted'));
      const countMs = performance.now() - started;
      const events = await __benchIdb.read(db.transaction('events').objectStore('events').count());
      db.close();
      return { getAllMs, dayTotalsMs, rollups: rollups.length, countMs, inserts, events };
    },
    undefined,
  );
}

/** picker_opened events of one marker project stored so far (a small store at that point, so a scan is fine). */
export function storedWithProject(harness: Harness, project: string) {
  return workerEval(
    harness,
    async (project) => {
      const db = await __benchIdb.open();
      const events = await __benchIdb.read<{ project?: string }[]>(
        db.transaction('events').objectStore('events').index('by-type').getAll('picker_opened'),
      );
      db.close();
      return events.filter((event) => event.project === project).length;
    },
    project,
  );
}
