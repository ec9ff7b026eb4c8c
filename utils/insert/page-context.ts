import type { SiteAdapter } from '@/utils/sites/types';
import { localDay } from '@/utils/calendar';

/** The page's context plus today's date: everything `{{…}}` built-ins and template scope can use. */
export function pageContext(site: SiteAdapter) {
  return { ...site.context(document, new URL(location.href)), date: localDay() };
}

export type InsertContext = ReturnType<typeof pageContext>;
