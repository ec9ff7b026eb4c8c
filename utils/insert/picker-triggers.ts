import { sendMessage } from '@/utils/messaging';

const MENU_ID = 'insert-template';

/**
 * Asks the tab's top frame: the content script runs there only, and it also finds editors inside
 * TinyMCE's iframe. No content script (an unsupported page) is not an error worth surfacing.
 */
async function askTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await sendMessage('openPicker', undefined, { tabId, frameId: 0 }).catch(() => undefined);
}

/** The manifest command and the editable-field context menu both open the in-page picker. */
export function registerPickerTriggers(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Insert template', contexts: ['editable'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void askTab(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'insert-template') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await askTab(tab?.id);
  });
}
