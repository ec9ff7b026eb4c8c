import { describe, expect, it } from 'vitest';
import type { PageKind } from '@/utils/schemas/site';
import { detectSite, siteAdapters } from '@/utils/sites';
import type { SiteAdapter } from '@/utils/sites/types';

/** The smallest page each adapter recognises; DC is detected from the page, not the URL. */
const markup: Record<SiteAdapter['id'], string> = {
  'jira-cloud': '<div id="jira-frontend"></div>',
  'confluence-cloud': '<div id="main"></div>',
  'jira-dc': '<meta name="application-name" content="JIRA" data-name="jira">',
  'confluence-dc': '<meta name="ajs-version-number" content="8.5.4">',
};

function pageFor(site: SiteAdapter): Document {
  const doc = document.implementation.createHTMLDocument('fixture');
  doc.head.innerHTML = markup[site.id];
  if (site.id === 'confluence-dc') doc.body.id = 'com-atlassian-confluence';
  return doc;
}

const matrix = siteAdapters.flatMap((site) =>
  Object.entries(site.examples).flatMap(([kind, urls]) =>
    (urls ?? []).map((url) => ({ site, kind: kind as PageKind, url })),
  ),
);

describe('URL matrix', () => {
  it('covers every adapter with several page kinds', () => {
    for (const site of siteAdapters) expect(Object.keys(site.examples).length).toBeGreaterThanOrEqual(2);
  });

  it.each(matrix.map((row) => [row.site.id, row.kind, row.url, row] as const))(
    '%s: %s ← %s',
    (_id, kind, url, { site }) => {
      const doc = pageFor(site);
      const parsed = new URL(url);
      expect(detectSite(doc, parsed)?.id).toBe(site.id);
      expect(site.pageKind(parsed)).toBe(kind);
      for (const other of siteAdapters) {
        if (other !== site) expect(other.isCurrent(doc, parsed), `${other.id} claims ${url}`).toBe(false);
      }
    },
  );

  it('ignores unrelated hosts and plain pages', () => {
    const blank = document.implementation.createHTMLDocument('x');
    expect(detectSite(blank, new URL('https://unrelated.example.com/browse/ABC-1'))).toBeUndefined();
    expect(detectSite(blank, new URL('https://atlassian.net.evil.example/browse/ABC-1'))).toBeUndefined();
  });

  it('reads edit only right before the numeric id (a page titled "edit" is a view)', () => {
    const site = siteAdapters.find((s) => s.id === 'confluence-cloud')!;
    expect(site.pageKind(new URL('https://a.atlassian.net/wiki/spaces/X/pages/42/edit'))).toBe('page-view');
  });
});
