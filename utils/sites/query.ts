import type { RankedSelectors } from './types';

/** First element matched by the highest-ranked selector that matches anything. */
export function queryRanked<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: RankedSelectors,
): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found as T;
  }
  return null;
}

export function textOf(root: ParentNode, selectors: RankedSelectors): string | undefined {
  const text = queryRanked(root, selectors)?.textContent?.trim();
  return text || undefined;
}

/** Resolves with the first truthy result of `find`, or null after the timeout (editors mount asynchronously). */
export function waitFor<T>(doc: Document, find: () => T | null, timeoutMs = 3000): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(value: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
  });
}
