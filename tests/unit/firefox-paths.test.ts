/**
 * Issue 8 §6: code paths that only Firefox takes. Gecko ignores `ClipboardEventInit.clipboardData`
 * (a synthetic paste arrives empty; the page-visible store is reached through `wrappedJSObject`), and
 * `storage.managed.get` rejects when no policy is installed. Both are simulated here the way Gecko behaves.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pasteEvent } from '@/utils/editors/paste-event';
import { readPromptsDisabledByAdmin } from '@/utils/feedback/admin';
import { getPolicy, readManagedStorage } from '@/utils/library/policy';
import { readServiceSettings } from '@/utils/services/effective';
import { defaultServices } from '@/utils/services/defaults';

/** A DataTransfer-like store, as Gecko gives every ClipboardEvent its own. */
class Store {
  readonly data = new Map<string, string>();
  setData(type: string, value: string) {
    this.data.set(type, value);
  }
  getData(type: string) {
    return this.data.get(type) ?? '';
  }
}

/** Gecko's ClipboardEvent seen from a content script: init's clipboardData dropped, page store behind wrappedJSObject. */
function geckoClipboardEvent(options: { wrapped: boolean }) {
  const own = new Store();
  const page = new Store();
  class GeckoClipboardEvent extends Event {
    readonly clipboardData = own;
    readonly wrappedJSObject = options.wrapped ? { clipboardData: page } : undefined;
    constructor(type: string, init: EventInit & { clipboardData?: unknown }) {
      super(type, init);
    }
  }
  vi.stubGlobal('ClipboardEvent', GeckoClipboardEvent);
  return { own, page };
}

describe('paste event on Firefox', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes the payload into the page-visible store (wrappedJSObject) when init.clipboardData was ignored', () => {
    const { own, page } = geckoClipboardEvent({ wrapped: true });
    const event = pasteEvent('<h2>Goal</h2>', 'Goal');
    expect(page.getData('text/html')).toBe('<h2>Goal</h2>');
    expect(page.getData('text/plain')).toBe('Goal');
    expect(own.data.size, 'the content-script view is not where the page reads').toBe(0);
    expect([event.bubbles, event.cancelable, event.composed]).toEqual([true, true, true]);
  });

  it('falls back to the event’s own store when there is no X-ray wrapper', () => {
    const { own } = geckoClipboardEvent({ wrapped: false });
    pasteEvent('<p>x</p>', 'x');
    expect([own.getData('text/html'), own.getData('text/plain')]).toEqual(['<p>x</p>', 'x']);
  });

  it('leaves a store alone that already carries the payload (Chromium honours init.clipboardData)', () => {
    const store = new Store();
    store.setData('text/html', '<p>x</p>');
    const setData = vi.spyOn(store, 'setData');
    vi.stubGlobal('ClipboardEvent', class extends Event {
      readonly clipboardData = store;
    });
    pasteEvent('<p>x</p>', 'x');
    expect(setData).not.toHaveBeenCalled();
  });
});

describe('managed storage on Firefox without a policy', () => {
  const notFound = () => Promise.reject(new Error('Managed storage manifest not found'));
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(notFound as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('every reader treats the throw as "no policy"', async () => {
    expect(await readManagedStorage()).toEqual({});
    expect(await getPolicy()).toEqual({ enforced: {}, defaults: {}, problems: [] });
    expect(await readPromptsDisabledByAdmin()).toBe(false);
    expect(await readServiceSettings()).toMatchObject({ managed: false, services: defaultServices });
  });

  it('a browser without storage.managed at all (Firefox for Android) is "no policy" too', async () => {
    expect(await readManagedStorage(undefined)).toEqual({});
    const managed = fakeBrowser.storage.managed;
    Object.defineProperty(fakeBrowser.storage, 'managed', { value: undefined, configurable: true });
    try {
      expect(await getPolicy()).toEqual({ enforced: {}, defaults: {}, problems: [] });
      expect(await readPromptsDisabledByAdmin()).toBe(false);
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'managed', { value: managed, configurable: true });
    }
  });

  it('once a policy is installed it is read (the throw is not swallowed into "always off")', async () => {
    vi.mocked(fakeBrowser.storage.managed.get).mockResolvedValue({ feedbackPrompts: false } as never);
    expect(await readPromptsDisabledByAdmin()).toBe(true);
  });
});
