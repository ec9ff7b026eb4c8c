/**
 * One MutationObserver for all features, debounced so a page that churns thousands of nodes costs us one
 * callback per quiet period (bounded by `maxWaitMs`), and an idle page costs nothing.
 */
export function watchDomChanges(doc: Document, signal: AbortSignal, quietMs = 80, maxWaitMs = 400) {
  const callbacks: Array<() => void> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;

  const flush = () => {
    timer = undefined;
    firstPendingAt = 0;
    for (const callback of callbacks) callback();
  };
  const observer = new MutationObserver(() => {
    const now = performance.now();
    firstPendingAt ||= now;
    clearTimeout(timer);
    timer = setTimeout(flush, now - firstPendingAt >= maxWaitMs ? 0 : quietMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return (callback: () => void) => {
    callbacks.push(callback);
    callback();
  };
}
