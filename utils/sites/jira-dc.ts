import { ISSUE_KEY, projectOf } from './issue-key';
import { queryRanked, waitFor } from './query';
import type { EditorSlot, SiteAdapter } from './types';

const selectors = {
  appMeta: ['meta[name="application-name"][content="JIRA" i]', 'meta[name="ajs-issue-key"]', 'body#jira'],
  issueKeyMeta: ['meta[name="ajs-issue-key"]'],
  issueKey: ['#key-val', '#issuekey-val'],
  issueType: ['#type-val'],
  user: ['meta[name="ajs-remote-user-fullname"]', 'meta[name="ajs-remote-user"]'],
  createDialog: ['#create-issue-dialog', '#create-subtask-dialog', '#issue-create'],
  projectField: ['#project-field'],
  issueTypeField: ['#issuetype-field'],
  wikiEdit: ['#description-wiki-edit', '.field-group:has(> label[for="description"])'],
  commentEdit: ['#comment-wiki-edit'],
  textarea: ['textarea#description', 'textarea.wiki-textfield'],
  commentTextarea: ['textarea#comment'],
  richIframe: ['iframe.tox-edit-area__iframe', 'iframe[id^="mce_"][id$="_ifr"]'],
  sidebar: ['#viewissuesidebar', '.issue-main-column + .aui-item', '#details-module'],
  transition: ['.toolbar-split a[id^="action_id_"]', '#opsbar-transitions_more', 'a.issueaction-workflow-transition'],
  // Not #opsbar-transitions_more: it only opens the "Workflow" menu, whose entries are links like these.
  transitionLink: ['a.issueaction-workflow-transition', '.toolbar-split a[id^="action_id_"]'],
  descriptionView: ['#description-val', '#descriptionmodule .user-content-block'],
} as const;

/** The live editable surface: TinyMCE's body while Visual mode is on, else the wiki textarea. */
function dcEditable(container: HTMLElement, textarea: readonly string[]): HTMLElement | null {
  const field = queryRanked<HTMLTextAreaElement>(container, textarea);
  if (field && !field.classList.contains('richeditor-cover')) return field;
  const frame = queryRanked<HTMLIFrameElement>(container, selectors.richIframe);
  return frame?.contentDocument?.body?.isContentEditable ? frame.contentDocument.body : null;
}

function wikiSlot(role: EditorSlot['role'], container: HTMLElement, textarea: readonly string[]): EditorSlot {
  return {
    role,
    anchor: container,
    current: () => dcEditable(container, textarea),
    activate: () => waitFor(container.ownerDocument, () => dcEditable(container, textarea)),
  };
}

export const jiraDc: SiteAdapter = {
  id: 'jira-dc',
  product: 'jira',
  hosting: 'dc',
  textFormat: 'wiki',
  selectors,
  // Detected from the page, not the URL: DC runs on any origin, often under a context path (§3).
  isCurrent: (doc, url) => !url.hostname.endsWith('.atlassian.net') && !!queryRanked(doc, selectors.appMeta),
  pageKind(url) {
    if (ISSUE_KEY.test(url.pathname)) return 'issue';
    if (/\/secure\/(CreateIssue|CreateIssueDetails)[!.]/.test(url.pathname)) return 'create';
    if (/\/secure\/RapidBoard\.jspa$/.test(url.pathname)) return 'board';
    return 'other';
  },
  examples: {
    issue: ['http://jira.corp.test/browse/PROJ-123', 'https://jira.corp.test/jira/browse/PROJ-9'],
    create: ['https://jira.corp.test/jira/secure/CreateIssue.jspa', 'http://jira.corp.test/secure/CreateIssueDetails!init.jspa?pid=1'],
    board: ['https://jira.corp.test/secure/RapidBoard.jspa?rapidView=4'],
    other: ['https://jira.corp.test/jira/secure/Dashboard.jspa'],
  },
  context(doc, url) {
    const dialog = queryRanked(doc, selectors.createDialog);
    if (dialog) {
      const project = queryRanked<HTMLInputElement>(dialog, selectors.projectField)?.value;
      return {
        product: 'jira',
        projectKey: project ? /\(([^)]+)\)\s*$/.exec(project)?.[1] : undefined,
        issueType: queryRanked<HTMLInputElement>(dialog, selectors.issueTypeField)?.value || undefined,
      };
    }
    const issueKey =
      queryRanked(doc, selectors.issueKeyMeta)?.getAttribute('content') ||
      queryRanked(doc, selectors.issueKey)?.textContent?.trim() ||
      ISSUE_KEY.exec(url.pathname)?.[1];
    return {
      product: 'jira',
      issueKey: issueKey || undefined,
      projectKey: projectOf(issueKey || undefined),
      issueType: queryRanked(doc, selectors.issueType)?.textContent?.trim() || undefined,
      user: queryRanked(doc, selectors.user)?.getAttribute('content') ?? undefined,
    };
  },
  editorSlots(doc) {
    const slots: EditorSlot[] = [];
    const description = queryRanked(doc, selectors.wikiEdit);
    if (description) slots.push(wikiSlot('create-description', description, selectors.textarea));
    const comment = queryRanked(doc, selectors.commentEdit);
    if (comment) slots.push(wikiSlot('comment', comment, selectors.commentTextarea));
    return slots;
  },
  panelAnchor: (doc) => queryRanked(doc, selectors.sidebar),
  pageBody: (doc) => queryRanked(doc, selectors.descriptionView),
  transitionTrigger: (target) => target.closest<HTMLElement>(selectors.transitionLink.join(',')),
};
