import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Feature } from '@/utils/features/types';
import type { UsageEvent } from '@/utils/schemas/events';
import type { PageKind } from '@/utils/schemas/site';
import { detectSite } from '@/utils/sites';
import type { SiteAdapter } from '@/utils/sites/types';
import { watchDomChanges } from './dom-changes';

function appliesTo(feature: Feature, site: SiteAdapter, page: PageKind): boolean {
  const siteOk = feature.sites === 'all' || feature.sites.includes(site.id);
  const pageOk = feature.pages === 'all' || feature.pages.includes(page);
  return siteOk && pageOk;
}

/**
 * Runs the features that apply to the current page, each bound to a signal that aborts on SPA navigation
 * or invalidation. One feature's failure is logged once and recorded; it never stops the others.
 */
export function startRunner(
  ctx: ContentScriptContext,
  features: readonly Feature[],
  track: (event: UsageEvent) => void,
): void {
  const site = detectSite(document, new URL(location.href));
  if (!site) return;
  const failed = new Set<string>();
  let page: AbortController | undefined;

  const run = () => {
    page?.abort();
    page = new AbortController();
    const signal = AbortSignal.any([ctx.signal, page.signal]);
    const kind = site.pageKind(new URL(location.href));
    // Markers for diagnostics and tests: which adapter and page kind the runner chose.
    document.documentElement.dataset.popsSite = site.id;
    document.documentElement.dataset.popsPage = kind;
    const onDomChange = watchDomChanges(document, signal);
    for (const feature of features) {
      if (!appliesTo(feature, site, kind)) continue;
      const report = (error: unknown) => {
        if (signal.aborted || failed.has(feature.id)) return;
        failed.add(feature.id);
        console.error(`[Product Ops Kit] feature "${feature.id}" failed`, error);
        track({ type: 'feature_error', featureId: feature.id, site: site.id });
      };
      const guarded = (callback: () => void) =>
        onDomChange(() => {
          if (ctx.isInvalid) return;
          try {
            callback();
          } catch (error) {
            report(error);
          }
        });
      try {
        Promise.resolve(feature.init({ signal, site, page: kind, ctx, track, onDomChange: guarded })).catch(report);
      } catch (error) {
        report(error);
      }
    }
  };

  run();
  // The event is a plain DOM event on window that a page script can dispatch too (its name is public); only a
  // real URL change restarts the features (and their tracking).
  let href = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (location.href === href) return;
    href = location.href;
    run();
  });
  // A reloaded or removed extension leaves this script orphaned, and Chrome tells it nothing. Reading
  // ctx.isInvalid on the user's next interaction fires onInvalidated, which removes all our UI.
  for (const type of ['pointerdown', 'keydown', 'focusin', 'visibilitychange']) {
    document.addEventListener(type, () => void ctx.isInvalid, { capture: true, passive: true, signal: ctx.signal });
  }
  ctx.onInvalidated(() => {
    delete document.documentElement.dataset.popsSite;
    delete document.documentElement.dataset.popsPage;
  });
}
