import { confluenceCloud } from './confluence-cloud';
import { confluenceDc } from './confluence-dc';
import { jiraCloud } from './jira-cloud';
import { jiraDc } from './jira-dc';
import type { SiteAdapter } from './types';

/** Every supported site; adding a site means adding one adapter file and listing it here. */
export const siteAdapters: readonly SiteAdapter[] = [jiraCloud, confluenceCloud, jiraDc, confluenceDc];

export function detectSite(doc: Document, url: URL): SiteAdapter | undefined {
  return siteAdapters.find((site) => site.isCurrent(doc, url));
}
