import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundDeps } from '@/utils/metrics/deps';
import { sendMessage } from '@/utils/messaging';
import type { Service } from '@/utils/schemas/feedback';
import { defaultServices } from '@/utils/services/defaults';
import { registerServiceHandlers } from '@/utils/services/handlers';
import { installMessagingShim, resetMessaging } from './helpers/messaging-shim';
import { openTestDb, testClock } from './helpers/test-db';

const adminList: Service[] = [{ id: 'research-ops', name: 'Research ops', description: '', question: 'nps', active: true }];
const mine: Service[] = [{ id: 'mine', name: 'Mine', description: '', question: 'thumbs', active: true }];

beforeEach(async () => {
  fakeBrowser.reset();
  installMessagingShim();
  const db = await openTestDb();
  const deps: BackgroundDeps = {
    db: async () => db,
    clock: testClock(),
    fetch: vi.fn() as unknown as typeof fetch,
    rand: () => 0.5,
    promptsDisabledByAdmin: async () => false,
    onEnqueued: vi.fn(),
  };
  registerServiceHandlers(deps);
});
afterEach(() => resetMessaging());

describe('services under managed policy', () => {
  it('without policy: built-in defaults until the ops team saves its own list', async () => {
    expect(await sendMessage('getServiceSettings')).toEqual({ services: defaultServices, managed: false });
    await sendMessage('saveServices', mine);
    expect(await sendMessage('getServiceSettings')).toEqual({ services: mine, managed: false });
  });

  it('a policy default is a starting point the team may replace', async () => {
    await fakeBrowser.storage.managed.set({ defaults: { services: adminList } });
    expect(await sendMessage('getServices')).toEqual(adminList);
    await sendMessage('saveServices', mine);
    expect(await sendMessage('getServiceSettings')).toEqual({ services: mine, managed: false });
  });

  it('an enforced list is read-only, and it is what ratings are checked against', async () => {
    await fakeBrowser.storage.managed.set({ services: adminList });
    expect(await sendMessage('getServiceSettings')).toEqual({ services: adminList, managed: true });
    await expect(sendMessage('saveServices', mine)).rejects.toThrow('services: set by your administrator (managed policy) and read-only');
    await expect(sendMessage('submitFeedback', { serviceId: 'templates', score: 5 })).rejects.toThrow('no active service "templates"');
    expect(await sendMessage('submitFeedback', { serviceId: 'research-ops', score: 9 })).toMatchObject({ id: expect.any(String) });
  });
});
