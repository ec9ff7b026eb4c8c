/** Sends a protocol message from an extension page, as the popup or options page would. */
import type { Page } from 'playwright-core';
import type { ProtocolMap } from '../../../utils/messaging';
import type { Harness } from './launch';

// Runs inside the extension page, where `chrome` exists.
declare const chrome: typeof browser;

let extensionPage: Page | undefined;

export async function sendExtensionMessage<K extends keyof ProtocolMap>(
  harness: Harness,
  type: K,
  data?: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  if (!extensionPage || extensionPage.isClosed() || extensionPage.context() !== harness.context) {
    extensionPage = await harness.newPage(harness.extensionUrl('popup.html'));
  }
  // The @webext-core/messaging wire format: { id, type, data, timestamp } → { res } | { err }.
  const reply = await extensionPage.evaluate(
    ([type, data]) => chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }),
    [type, data] as const,
  );
  if (reply?.err) throw new Error(`${type}: ${reply.err.message}`);
  return reply?.res;
}

/**
 * Grants a self-hosted origin and registers the content script there, as the Sites section does:
 * pre-approve it (no prompt can be answered headless), then request it inside a real click.
 */
export async function enableDcOrigin(harness: Harness, origin: string): Promise<void> {
  await harness.grantHostPermission(origin);
  const page = await harness.newPage(harness.extensionUrl('popup.html'));
  await page.evaluate((pattern) => {
    const button = document.createElement('button');
    button.textContent = 'grant';
    button.onclick = () => void chrome.permissions.request({ origins: [pattern] }).then((ok) => (button.dataset.granted = String(ok)));
    document.body.append(button);
  }, `${origin}/*`);
  await page.getByRole('button', { name: 'grant' }).click();
  await page.locator('button[data-granted="true"]').waitFor();
  await page.close();
  const status = await sendExtensionMessage(harness, 'addDcOrigin', { origin });
  if (!status.granted) throw new Error(`${origin} was not granted`);
}
