import { onMessage } from '@/utils/messaging';

/** The built page-UI script (entrypoints/page-ui.tsx). */
const PAGE_UI_SCRIPT = '/page-ui.js';

/** Injects the page UI into the asking frame only, in the extension's isolated world (not the page's). */
export function registerPageUiLoader(): void {
  onMessage('loadPageUi', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('loadPageUi must come from a content script');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PAGE_UI_SCRIPT] });
    return { loaded: true as const };
  });
}
