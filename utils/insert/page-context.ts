import type { SiteAdapter } from '@/utils/sites/types';

/** The page's context plus today's date: everything `{{…}}` built-ins and template scope can use. */
export function pageContext(site: SiteAdapter) {
  return { ...site.context(document, new URL(location.href)), date: new Date().toISOString().slice(0, 10) };
}

export type InsertContext = ReturnType<typeof pageContext>;
