/**
 * In-page timing helpers, installed into every page's main world before its scripts run
 * (`window.__bench`). They find our UI the way Playwright's role locators do, through open shadow
 * roots and by accessible name, and time with the page's own performance.now(), so a figure holds
 * no CDP round trip.
 */

export interface BenchProbes {
  /** First element with this role (and accessible name), searching open shadow roots too. */
  byRole(role: string, name?: string, within?: ParentNode): Element | null;
  /** performance.now() at the first mutation or frame where `check()` holds; rejects after `timeoutMs`. */
  when(check: () => boolean, timeoutMs?: number): Promise<number>;
  /**
   * Times the next click: from its dispatch (window, capture phase: before any of our listeners) to
   * `check()` holding. The click itself must be a real one (Playwright's mouse): our UI ignores
   * synthetic events from page scripts. Read the result from `clicked`.
   */
  armClick(check: () => boolean): void;
  clicked?: Promise<number>;
}

declare global {
  interface Window {
    __bench: BenchProbes;
  }
}

/** tsx (esbuild keepNames) wraps functions in `__name(...)`; functions shipped to a browser need it defined. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** Self-contained (it is serialised into the page): no imports, no outer variables. */
export function installProbes(): void {
  const nameOf = (el: Element): string =>
    el.getAttribute('aria-label') ??
    [...el.childNodes]
      .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
  const roots = (root: ParentNode): ParentNode[] => {
    const found = [root];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...roots(el.shadowRoot));
    return found;
  };
  const byRole = (role: string, name?: string, within: ParentNode = document): Element | null => {
    const selector = role === 'button' ? 'button, [role="button"]' : `[role="${role}"]`;
    for (const root of roots(within)) {
      for (const el of root.querySelectorAll(selector)) if (name === undefined || nameOf(el) === name) return el;
    }
    return null;
  };
  const when = (check: () => boolean, timeoutMs = 15_000) =>
    new Promise<number>((resolve, reject) => {
      const observed = new WeakSet<Node>();
      let frame = 0;
      const stop = () => {
        observer.disconnect();
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
      const test = () => {
        if (!check()) return false;
        const at = performance.now();
        stop();
        resolve(at);
        return true;
      };
      // Mutations inside a shadow root never reach a document observer, so each new root is observed too.
      const observer = new MutationObserver(() => {
        if (test()) return;
        for (const root of roots(document)) {
          if (observed.has(root)) continue;
          observed.add(root);
          observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
        }
      });
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`__bench.when: condition not met in ${timeoutMs} ms`));
      }, timeoutMs);
      const poll = () => {
        if (!test()) frame = requestAnimationFrame(poll);
      };
      observed.add(document);
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      poll();
    });
  const armClick = (check: () => boolean) => {
    const clickAt = new Promise<number>((resolve) =>
      window.addEventListener('click', () => resolve(performance.now()), { capture: true, once: true }),
    );
    const checked = when(check);
    window.__bench.clicked = Promise.all([clickAt, checked]).then(([start, end]) => end - start);
  };
  window.__bench = { byRole, when, armClick };
}
