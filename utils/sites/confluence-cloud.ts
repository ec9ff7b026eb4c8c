import { atlassianEditor, editorIn, lazyEditorSlot } from './atlassian-editor';
import { queryRanked, textOf } from './query';
import type { SiteAdapter } from './types';

const selectors = {
  editorWrapper: ['[data-testid="editor-wrapper"]', '[data-testid="ak-editor-fp-content-area"]'],
  editorAnchor: ['#editor-title-id', '[data-testid="ak-editor-fp-content-area"]'],
  title: ['textarea[name="editpages-title"]', 'textarea[data-test-id="editor-title"]', '#editor-title-id > textarea'],
  viewTitle: ['[data-testid="title-wrapper"] h1', '[data-testid="title-wrapper"]'],
  viewBody: ['[data-testid="page-content-only"]', '.ak-renderer-document'],
  viewHeader: ['[data-testid="page-content-header"]', '[data-testid="title-wrapper"]'],
  editor: atlassianEditor,
} as const;

// Only `edit`/`edit-v2` right before the numeric id: a page titled "edit" ends in /pages/123/edit (§2.1).
const EDIT = /^\/wiki\/spaces\/([^/]+)\/pages\/edit(?:-v2)?\/(\d+)/;
const VIEW = /^\/wiki\/spaces\/([^/]+)\/pages\/(\d+)(?:\/|$)/;

export const confluenceCloud: SiteAdapter = {
  id: 'confluence-cloud',
  product: 'confluence',
  hosting: 'cloud',
  textFormat: 'text',
  selectors,
  isCurrent: (_doc, url) => url.hostname.endsWith('.atlassian.net') && /^\/wiki(\/|$)/.test(url.pathname),
  pageKind(url) {
    if (EDIT.test(url.pathname) || url.pathname.startsWith('/wiki/create-content/')) return 'page-edit';
    if (VIEW.test(url.pathname)) return 'page-view';
    return 'other';
  },
  examples: {
    'page-edit': [
      'https://acme.atlassian.net/wiki/spaces/ENG/pages/edit-v2/123456789',
      'https://acme.atlassian.net/wiki/spaces/ENG/pages/edit/123456789?draftShareId=abc',
      'https://acme.atlassian.net/wiki/create-content/page?spaceKey=ENG&parentPageId=1',
    ],
    'page-view': [
      'https://acme.atlassian.net/wiki/spaces/ENG/pages/123456789/Release+plan',
      'https://acme.atlassian.net/wiki/spaces/ENG/pages/123/edit',
    ],
    other: ['https://acme.atlassian.net/wiki/home'],
  },
  context(doc, url) {
    const match = EDIT.exec(url.pathname) ?? VIEW.exec(url.pathname);
    const titleField = queryRanked<HTMLTextAreaElement>(doc, selectors.title);
    return {
      product: 'confluence',
      spaceKey: match?.[1] ?? url.searchParams.get('spaceKey') ?? undefined,
      pageId: match?.[2],
      pageTitle: titleField?.value.trim() || textOf(doc, selectors.viewTitle),
    };
  },
  editorSlots(doc) {
    const wrapper = queryRanked(doc, selectors.editorWrapper);
    const anchor = queryRanked(doc, selectors.editorAnchor);
    if (!wrapper || !anchor) return [];
    return [lazyEditorSlot('page-body', anchor, () => editorIn(wrapper), () => null)];
  },
  panelAnchor: (doc) => queryRanked(doc, selectors.viewHeader) ?? queryRanked(doc, selectors.editorAnchor),
  pageBody: (doc) => queryRanked(doc, selectors.viewBody),
};
