import { queryRanked, textOf, waitFor } from './query';
import type { SiteAdapter } from './types';

const selectors = {
  appMeta: ['body#com-atlassian-confluence', 'meta[name="ajs-version-number"]', 'meta[name="confluence-request-time"]'],
  title: ['#content-title'],
  viewTitle: ['#title-text'],
  pageIdMeta: ['meta[name="ajs-page-id"]'],
  spaceKeyMeta: ['meta[name="ajs-space-key"]'],
  editorAnchor: ['.rte-toolbar-group-insert', '#rte-toolbar', '#content-title'],
  editorFrame: ['#wysiwygTextarea_ifr', 'iframe.tox-edit-area__iframe'],
  viewBody: ['#main-content', '.wiki-content'],
  viewHeader: ['#title-heading', '#title-text', '#main-header'],
  // Block containers only: the panel is a region and must not end up inside the h1 or a toolbar list.
  panelSlot: ['#main-header', '#content-title-div', '#rte-toolbar'],
} as const;

const EDIT = /\/pages\/(editpage|createpage|resumedraft)\.action$/;
const VIEW = /\/pages\/viewpage\.action$|\/display\/[^/]+\/[^/]+|\/spaces\/[^/]+\/pages\/\d+/;

export const confluenceDc: SiteAdapter = {
  id: 'confluence-dc',
  product: 'confluence',
  hosting: 'dc',
  textFormat: 'text',
  selectors,
  isCurrent: (doc, url) => !url.hostname.endsWith('.atlassian.net') && !!queryRanked(doc, selectors.appMeta),
  pageKind(url) {
    if (EDIT.test(url.pathname)) return 'page-edit';
    if (VIEW.test(url.pathname)) return 'page-view';
    return 'other';
  },
  examples: {
    'page-edit': [
      'http://confluence.corp.test/pages/editpage.action?pageId=123456',
      'https://confluence.corp.test/confluence/pages/createpage.action?spaceKey=ENG&fromPageId=1',
    ],
    'page-view': [
      'http://confluence.corp.test/confluence/pages/viewpage.action?pageId=123456',
      'https://confluence.corp.test/display/ENG/Release+plan',
    ],
    other: ['https://confluence.corp.test/confluence/dashboard.action'],
  },
  context(doc, url) {
    const title = queryRanked<HTMLInputElement>(doc, selectors.title)?.value.trim();
    return {
      product: 'confluence',
      spaceKey:
        queryRanked(doc, selectors.spaceKeyMeta)?.getAttribute('content') ||
        url.searchParams.get('spaceKey') ||
        /\/display\/([^/]+)\//.exec(url.pathname)?.[1] ||
        undefined,
      pageId: queryRanked(doc, selectors.pageIdMeta)?.getAttribute('content') || url.searchParams.get('pageId') || undefined,
      pageTitle: title || textOf(doc, selectors.viewTitle),
    };
  },
  editorSlots(doc) {
    const anchor = queryRanked(doc, selectors.editorAnchor);
    if (!anchor || !queryRanked(doc, selectors.editorFrame)) return [];
    const body = () => {
      const frame = queryRanked<HTMLIFrameElement>(doc, selectors.editorFrame);
      const inner = frame?.contentDocument?.body;
      return inner?.isContentEditable ? inner : null;
    };
    return [{ role: 'page-body', anchor, current: body, activate: () => waitFor(doc, body) }];
  },
  panelAnchor: (doc) => queryRanked(doc, selectors.panelSlot),
  pageBody: (doc) => queryRanked(doc, selectors.viewBody),
};
