/** The tab the popup was opened over. activeTab (granted by opening the popup) lets us see its URL. */
export interface ActiveTab {
  id: number;
  /** Only http(s) pages; extension and browser pages never get "include this page". */
  url?: string;
  /** The content script marks supported pages (data-pops-site on <html>), Cloud and self-hosted alike. */
  supported: boolean;
}

async function readSiteMarker(tabId: number): Promise<boolean> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => document.documentElement.dataset.popsSite ?? null,
    });
    return typeof result?.result === 'string';
  } catch {
    // No access (browser page, another extension's page, not granted): not a supported page.
    return false;
  }
}

export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const url = tab.url && /^https?:/.test(tab.url) ? tab.url : undefined;
  return { id: tab.id, url, supported: url ? await readSiteMarker(tab.id) : false };
}
