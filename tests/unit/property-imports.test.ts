/**
 * Issue 8 §5, import files: personal-template imports and teammates' usage exports, as the options page
 * sends them (file text through the real handlers). Arbitrary text, broken JSON and valid files with one
 * thing broken either import or are refused with path-precise reasons, and a refused file changes nothing.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OpsDatabase } from '@/utils/db';
import type { ImportResult } from '@/utils/library/import-export';
import { registerLibraryHandlers } from '@/utils/library/handlers';
import { registerMetricsHandlers } from '@/utils/metrics/handlers';
import { applyEvent, emptyRollup, scopeOf } from '@/utils/metrics/rollup';
import { sendMessage } from '@/utils/messaging';
import { EMPTY_POLICY } from '@/utils/schemas/policy';
import type { StoredEvent } from '@/utils/schemas/events';
import { installMessagingShim, resetMessaging } from './helpers/messaging-shim';
import { openTestDb, testClock } from './helpers/test-db';
import { libraryFile, sampleTemplate } from './library-fixtures';
import { RUNS, expectPathPrecise, mutated } from './property-arbitraries';

let db: OpsDatabase;
const send = sendMessage as (type: string, data?: unknown) => Promise<unknown>;

beforeEach(async () => {
  fakeBrowser.reset();
  installMessagingShim();
  db = await openTestDb();
  const clock = testClock();
  const fetch = (async () => new Response('', { status: 404 })) as unknown as typeof globalThis.fetch;
  registerMetricsHandlers({ db: async () => db, clock, fetch, rand: () => 0.5, promptsDisabledByAdmin: async () => false, onEnqueued: vi.fn() });
  registerLibraryHandlers({ fetch, now: () => clock.now(), readPolicy: async () => EMPTY_POLICY, hasHostAccess: async () => false });
});
afterEach(() => {
  db.close();
  resetMessaging();
});

/** Whole files that are valid JSON but no library or export at all; always tried first. */
const WHOLE_FILE = ['null', '[]', '""', '0', '{}', 'true', '{"schema":null}', '{"templates":null}', ''];

/** The file as text, or its text cut short, or any text at all. */
const fileText = (valid: unknown): fc.Arbitrary<string> => {
  const text = JSON.stringify(valid);
  return fc.oneof(
    { arbitrary: mutated(valid).map((v) => JSON.stringify(v) ?? 'undefined'), weight: 8 },
    { arbitrary: fc.nat({ max: text.length - 1 }).map((n) => text.slice(0, n)), weight: 1 },
    { arbitrary: fc.oneof(fc.string(), fc.constantFrom(...WHOLE_FILE)), weight: 1 },
  );
};

describe('personal template import', () => {
  const file = libraryFile([
    sampleTemplate('brief'),
    { ...sampleTemplate('dor'), kind: 'checklist', items: [{ id: 'a', text: 'Acceptance criteria', mandatory: true }] },
  ]);
  const stored = async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;

  it('any file either lands whole or is refused with path-precise reasons and nothing stored', { timeout: 60_000 }, async () => {
    // One template already there, so duplicates happen.
    await send('savePersonalTemplate', { template: { ...sampleTemplate('brief'), source: undefined } });
    const counts = { imported: 0, invalid: 0, duplicates: 0 };
    await fc.assert(
      fc.asyncProperty(fileText(file), fc.constantFrom('ask', 'replace', 'keep-both'), async (json, onDuplicate) => {
        const before = await stored();
        const result = (await send('importPersonalTemplates', { json, onDuplicate })) as ImportResult;
        counts[result.status]++;
        if (result.status === 'imported') return;
        if (result.status === 'invalid') expectPathPrecise(result.errors);
        expect(await stored(), 'a refused import stores nothing').toEqual(before);
      }),
      { numRuns: RUNS * 2, examples: WHOLE_FILE.map((json) => [json, 'ask'] as [string, string]) },
    );
    expect(counts.invalid).toBeGreaterThan(0);
    expect(counts.imported).toBeGreaterThan(0);
  });
});

describe('usage import (teammate exports)', () => {
  const event = (id: string, templateId: string): StoredEvent => ({
    type: 'template_inserted', templateId, version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 900, usedFields: true,
    project: 'ABC', id, ts: '2025-03-03T10:00:00.000Z',
  });
  const events = [event('e1', 'prd'), event('e2', 'bug-report')];
  const rollup = emptyRollup(scopeOf(events[0]!));
  for (const e of events) applyEvent(rollup, e);
  const file = { schema: 'product-ops-kit.usage/v1', installId: '33333333-3333-4333-8333-333333333333', exportedAt: '2025-03-04T09:00:00.000Z', events, rollups: [rollup] };
  const storesNow = async () =>
    Object.fromEntries(await Promise.all([...db.objectStoreNames].map(async (name) => [name, await db.getAll(name)] as const)));

  it('any file either imports or is refused with path-precise reasons and no store changed', { timeout: 60_000 }, async () => {
    const counts = { imported: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fileText(file), async (json) => {
        const before = await storesNow();
        const error = await send('importUsage', { fileName: 'teammate.json', json }).then(() => undefined, (e: Error) => e);
        if (!error) return void counts.imported++;
        counts.refused++;
        expect(error.name, error.message).toBe('InvalidInputError');
        expectPathPrecise(error.message.split('\n'));
        expect(await storesNow(), 'a refused import writes nothing').toEqual(before);
      }),
      { numRuns: RUNS * 2, examples: WHOLE_FILE.map((json) => [json]) },
    );
    expect(counts.refused).toBeGreaterThan(0);
    expect(counts.imported).toBeGreaterThan(0);
  });
});
