import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLibrary } from '@/utils/insert/library';
import { registerLibraryHandlers } from '@/utils/library/handlers';
import { personalItem } from '@/utils/library/personal';
import { parsePolicy } from '@/utils/library/policy';
import { builtinTemplates } from '@/utils/templates';
import { installMessagingShim, resetMessaging } from './helpers/messaging-shim';
import { sampleTemplate } from './library-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  installMessagingShim();
});
afterEach(() => resetMessaging());

describe('content-script loadLibrary', () => {
  it('asks the background for the merged library', async () => {
    registerLibraryHandlers({ fetch, now: () => new Date(), readPolicy: async () => parsePolicy({}), hasHostAccess: async () => true });
    await personalItem.setValue([sampleTemplate('mine')]);
    const ids = (await loadLibrary()).map((t) => t.id);
    expect(ids).toContain('mine');
    expect(ids).toHaveLength(builtinTemplates.length + 1);
  });
});
