/**
 * Issue 8 §5, message schemas: every payload the background accepts, sent through the real messaging
 * layer to the real handlers (fake-indexeddb, fake storage). For arbitrary JSON and for valid payloads
 * with one thing broken, each reply either succeeds or fails with an InvalidInputError whose lines name
 * their exact paths; never another exception. A rejected write leaves IndexedDB and storage unchanged.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OpsDatabase } from '@/utils/db';
import { registerDcOriginHandlers } from '@/utils/dc-origins/handlers';
import { registerShortcutHandlers } from '@/utils/insert/shortcut-setting';
import { registerSuggestionHandlers } from '@/utils/insert/suggestion-dismissals';
import { registerLibraryHandlers } from '@/utils/library/handlers';
import type { BackgroundDeps } from '@/utils/metrics/deps';
import { registerMetricsHandlers } from '@/utils/metrics/handlers';
import { sendMessage, type ProtocolMap } from '@/utils/messaging';
import { registerOutboxHandlers } from '@/utils/outbox/handlers';
import { EMPTY_POLICY } from '@/utils/schemas/policy';
import { registerServiceHandlers } from '@/utils/services/handlers';
import { installMessagingShim, resetMessaging } from './helpers/messaging-shim';
import { openTestDb, testClock } from './helpers/test-db';
import { libraryFile, sampleTemplate } from './library-fixtures';
import { RUNS, expectPathPrecise, mutated } from './property-arbitraries';

const ORIGIN = 'https://acme.atlassian.net';
const inserted = { type: 'template_inserted', templateId: 'prd', version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 700, usedFields: false };
const usageFile = (installId: string) =>
  JSON.stringify({ schema: 'product-ops-kit.usage/v1', installId, exportedAt: '2025-03-01T09:00:00.000Z', events: [{ ...inserted, id: 'e1', ts: '2025-03-01T08:00:00.000Z' }], rollups: [] });

interface Seeded {
  feedbackId: string;
}
interface Case {
  /** A valid payload; the property mutates it. */
  valid: (seed: Seeded) => unknown;
  /** Writes IndexedDB or storage when it succeeds. */
  writes: boolean;
}

/**
 * Every ProtocolMap message the background answers (the Record type makes a new message fail to
 * compile until it is listed here). openPicker is answered by the content script; loadPageUi and
 * insertIntoTinymce act only on a content script's own tab, which this unit harness has none of.
 */
const cases: Record<Exclude<keyof ProtocolMap, 'openPicker' | 'loadPageUi' | 'insertIntoTinymce'>, Case> = {
  trackEvents: { valid: () => [inserted, { type: 'feature_error', featureId: 'template-button', site: 'jira-cloud' }], writes: true },
  getAdoptionStats: { valid: () => ({ from: '2025-03-01', to: '2025-03-31', site: 'jira-cloud', project: 'ABC', includeImports: true }), writes: false },
  getWeeklyUsage: { valid: () => ({ weeks: 4 }), writes: false },
  exportUsage: { valid: () => undefined, writes: false },
  importUsage: { valid: () => ({ fileName: 'ada.json', json: usageFile('22222222-2222-4222-8222-222222222222') }), writes: true },
  getImports: { valid: () => undefined, writes: false },
  removeImport: { valid: () => ({ id: 'nothing-here' }), writes: true },
  getUsageSettings: { valid: () => undefined, writes: false },
  saveUsageSettings: { valid: () => ({ usage: { retentionDays: 90, minutesSaved: { prd: 12 } }, prompts: { neverAsk: true, cooldownDays: 3 } }), writes: true },
  getChecklistState: { valid: () => ({ origin: ORIGIN, objectKey: 'ABC-1', checklistId: 'dor' }), writes: false },
  getChecklistStates: { valid: () => ({ origin: ORIGIN, objectKey: 'ABC-1' }), writes: false },
  recordCompliance: {
    valid: () => ({ origin: ORIGIN, objectKey: 'ABC-1', check: { type: 'compliance_checked', site: 'confluence-cloud', project: 'ENG', templateId: 'decision-record', version: 1, score: 0.83, missing: ['consequences'] } }),
    writes: true,
  },
  saveChecklistTick: {
    valid: () => ({ origin: ORIGIN, objectKey: 'ABC-1', checklistId: 'dor', version: 1, itemId: 'a', checked: true, itemIds: ['a', 'b'], mandatoryItemIds: ['a'], site: 'jira-cloud', project: 'ABC' }),
    writes: true,
  },
  getServices: { valid: () => undefined, writes: false },
  getServiceSettings: { valid: () => undefined, writes: false },
  saveServices: { valid: () => [{ id: 'templates', name: 'Templates', description: '', question: 'ces', active: true }], writes: true },
  submitFeedback: { valid: () => ({ serviceId: 'templates', score: 5, comment: 'quick', pageUrl: `${ORIGIN}/browse/ABC-1`, templateId: 'prd', templateVersion: 1 }), writes: true },
  submitComment: { valid: (s) => ({ feedbackId: s.feedbackId, comment: 'more', pageUrl: `${ORIGIN}/browse/ABC-1` }), writes: true },
  updateFeedback: { valid: (s) => ({ feedbackId: s.feedbackId, score: 3 }), writes: true },
  getPromptDecision: { valid: () => ({ templateId: 'prd', templateVersion: 2 }), writes: false },
  recordPromptShown: { valid: () => ({ templateId: 'prd', templateVersion: 2 }), writes: true },
  getSyncSettings: { valid: () => undefined, writes: false },
  saveSyncSettings: { valid: () => ({ url: 'https://collect.example.com', writeKey: 'wk_1234', sendUsage: true }), writes: true },
  getSyncStatus: { valid: () => undefined, writes: false },
  flushOutbox: { valid: () => undefined, writes: true },
  retryOutboxNow: { valid: () => undefined, writes: true },
  getDcOrigins: { valid: () => undefined, writes: false },
  addDcOrigin: { valid: () => ({ origin: 'https://jira.example.com' }), writes: true },
  removeDcOrigin: { valid: () => ({ origin: 'https://jira.example.com' }), writes: true },
  getTemplates: { valid: () => undefined, writes: false },
  getLibraryState: { valid: () => undefined, writes: false },
  savePersonalTemplate: { valid: () => ({ template: { ...sampleTemplate('ops-brief'), source: undefined } }), writes: true },
  deletePersonalTemplate: { valid: () => ({ id: 'ops-brief' }), writes: true },
  importPersonalTemplates: { valid: () => ({ json: JSON.stringify(libraryFile([sampleTemplate('ops-brief')])), onDuplicate: 'keep-both' }), writes: true },
  exportPersonalTemplates: { valid: () => undefined, writes: false },
  setTeamLibraryUrl: { valid: () => ({ url: 'https://ops.example.com/library.json' }), writes: true },
  refreshTeamLibrary: { valid: () => undefined, writes: true },
  isSuggestionDismissed: { valid: () => ({ scope: 'jira:ABC' }), writes: false },
  dismissSuggestion: { valid: () => ({ scope: 'jira:ABC' }), writes: true },
  getPickerShortcut: { valid: () => undefined, writes: false },
  savePickerShortcut: { valid: () => ({ shortcut: 'Ctrl+Alt+P' }), writes: true },
};

let db: OpsDatabase;

async function snapshot(): Promise<unknown> {
  const stores = Object.fromEntries(
    await Promise.all([...db.objectStoreNames].map(async (name) => [name, await db.getAll(name)] as const)),
  );
  return { stores, local: await fakeBrowser.storage.local.get(null) };
}

beforeEach(async () => {
  fakeBrowser.reset();
  installMessagingShim();
  // fakeBrowser has no permissions/scripting: nothing is granted, registrations are no-ops.
  Object.assign(fakeBrowser.permissions, { contains: async () => false, remove: async () => true });
  Object.assign(fakeBrowser.scripting, { unregisterContentScripts: async () => undefined, registerContentScripts: async () => undefined, getRegisteredContentScripts: async () => [] });
  db = await openTestDb();
  const clock = testClock();
  const fetch = (async () => new Response('not found', { status: 404 })) as unknown as typeof globalThis.fetch;
  const deps: BackgroundDeps = { db: async () => db, clock, fetch, rand: () => 0.5, promptsDisabledByAdmin: async () => false, onEnqueued: vi.fn() };
  registerMetricsHandlers(deps);
  registerOutboxHandlers(deps);
  registerServiceHandlers(deps);
  registerDcOriginHandlers(async () => []);
  registerSuggestionHandlers();
  registerShortcutHandlers();
  registerLibraryHandlers({ fetch, now: () => clock.now(), readPolicy: async () => EMPTY_POLICY, hasHostAccess: async () => false });
});
afterEach(() => {
  db.close();
  resetMessaging();
});

const send = sendMessage as (type: string, data?: unknown) => Promise<unknown>;

describe('message payloads: arbitrary and broken input', () => {
  it.each(Object.entries(cases))('%s: succeeds or answers a path-precise InvalidInputError; a rejection writes nothing', { timeout: 60_000 }, async (type, { valid, writes }) => {
    const { id: feedbackId } = (await send('submitFeedback', { serviceId: 'templates', score: 4 })) as { id: string };
    const seed = { feedbackId };
    expect(await send(type, valid(seed)), 'the valid example is accepted').not.toBeInstanceOf(Error);
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(mutated(valid(seed)), async (payload) => {
        const before = writes ? await snapshot() : undefined;
        const error = await send(type, payload).then(() => undefined, (e: Error) => e);
        if (!error) return;
        rejected++;
        expect(error.name, `${type} threw ${error.name}: ${error.message}`).toBe('InvalidInputError');
        expectPathPrecise(error.message.split('\n'));
        if (writes) expect(await snapshot(), 'a rejected write leaves every store as it was').toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(rejected, 'most mutations are rejected').toBeGreaterThan(RUNS / 4);
  });
});

describe('ids that are Object.prototype names', () => {
  it.each(['__proto__', 'constructor', 'toString'])('%s is refused with its path and pollutes nothing', async (id) => {
    const before = await snapshot();
    await expect(send('trackEvents', [{ ...inserted, templateId: id }])).rejects.toThrow(/^events\[0\]\.templateId: must not be a reserved name/);
    expect(({} as Record<string, unknown>).inserts, 'Object.prototype untouched').toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });
});
