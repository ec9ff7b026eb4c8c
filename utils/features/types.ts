import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UsageEvent } from '@/utils/schemas/events';
import type { PageKind, SiteId } from '@/utils/schemas/site';
import type { SiteAdapter } from '@/utils/sites/types';

export interface FeatureArgs {
  /** Aborts on SPA navigation and on extension invalidation; everything the feature adds hangs off it. */
  signal: AbortSignal;
  site: SiteAdapter;
  page: PageKind;
  ctx: ContentScriptContext;
  track(event: UsageEvent): void;
  /** Calls back (debounced) after DOM changes, and once right away. Shared by all features. */
  onDomChange(callback: () => void): void;
}

/** One in-page augmentation. It declares where it applies; the runner decides whether it runs. */
export interface Feature {
  id: string;
  sites: readonly SiteId[] | 'all';
  pages: readonly PageKind[] | 'all';
  init(args: FeatureArgs): void | Promise<void>;
}
