import { atlassianEditor, editorIn, lazyEditorSlot } from './atlassian-editor';
import { projectOf, ISSUE_KEY } from './issue-key';
import { queryRanked, textOf } from './query';
import type { EditorSlot, SiteAdapter } from './types';

const selectors = {
  issueKeyCrumb: [
    '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
    '#jira-issue-header a[href*="/browse/"]',
  ],
  issueTypeButton: [
    '[data-testid="issue.views.issue-base.foundation.change-issue-type.button"]',
    '[data-testid="issue-view-foundation.noneditable-issue-type.tooltip--container"] [aria-label]',
  ],
  descriptionLabel: [
    '[data-testid="issue.views.issue-base.common.description.label"]',
  ],
  descriptionRead: ['[data-testid="issue.views.field.rich-text.description"]'],
  descriptionEdit: ['[data-testid="issue.views.field.rich-text.editor-container"]'],
  commentBox: ['[data-testid="issue.activity.comment"]'],
  commentPlaceholder: [
    '[data-testid="canned-comments.common.ui.comment-text-area-placeholder.textarea"]',
    '[placeholder^="Add a comment"]',
  ],
  createModal: [
    '[data-testid="issue-create.ui.modal.modal-wrapper.modal"]',
    '[data-testid="minimizable-modal.ui.modal-container.modal"]',
    'form[id^="issue-create"]',
  ],
  createDescription: [
    '[data-testid="issue-create.ui.modal.create-form.layout-renderer.field-renderer.field.description"]',
    '[data-testid="issue-create-modernised.field-renderer.field.description"]',
    '#description-container',
  ],
  createProject: [
    '#issue-create\\.ui\\.modal\\.create-form\\.project-picker\\.project-select',
    '[data-testid$="project-picker.project-select"]',
  ],
  createIssueType: [
    '#issue-create\\.ui\\.modal\\.create-form\\.type-picker\\.issue-type-select',
    '[data-testid$="type-picker.issue-type-select"]',
  ],
  pickerValue: [
    '[data-testid="issue-field-select-base.ui.format-option-label.c-label"]',
    '[class*="singleValue"]',
    '.single-select__value-container',
  ],
  rightColumn: ['[data-testid="issue.views.issue-details.issue-layout.container-right"]'],
  statusButton: [
    '[data-testid="issue-field-status.ui.status-view.status-button"]',
    '[data-testid*="status-button"]',
  ],
  transitionItem: [
    '[data-testid="issue-field-status.ui.status-view.transitions-menu"] [role="menuitem"]',
    '[data-testid*="status-view"] [role="menu"] [role="menuitem"]',
  ],
  user: ['meta[name="ajs-remote-user-fullname"]'],
  editor: atlassianEditor,
} as const;

const SELECTED_ISSUE = /^[A-Z][A-Z0-9_]*-\d+$/;

function issueKeyFromUrl(url: URL): string | undefined {
  const path = ISSUE_KEY.exec(url.pathname)?.[1];
  const selected = url.searchParams.get('selectedIssue') ?? undefined;
  return path ?? (selected && SELECTED_ISSUE.test(selected) ? selected : undefined);
}

function descriptionSlot(doc: Document): EditorSlot | null {
  const anchor =
    queryRanked(doc, selectors.descriptionLabel) ??
    queryRanked(doc, selectors.descriptionRead) ??
    queryRanked(doc, selectors.descriptionEdit);
  if (!anchor || anchor.closest(selectors.createModal.join(','))) return null;
  return lazyEditorSlot(
    'description',
    anchor,
    () => editorIn(queryRanked(doc, selectors.descriptionEdit)),
    () => queryRanked(doc, selectors.descriptionRead),
  );
}

export const jiraCloud: SiteAdapter = {
  id: 'jira-cloud',
  product: 'jira',
  hosting: 'cloud',
  textFormat: 'text',
  selectors,
  isCurrent: (_doc, url) =>
    url.hostname.endsWith('.atlassian.net') && !/^\/wiki(\/|$)/.test(url.pathname),
  pageKind(url) {
    if (ISSUE_KEY.test(url.pathname) || issueKeyFromUrl(url)) return 'issue';
    if (/\/boards\/\d+/.test(url.pathname)) return 'board';
    if (/\/secure\/CreateIssue/.test(url.pathname)) return 'create';
    return 'other';
  },
  examples: {
    issue: [
      'https://acme.atlassian.net/browse/ABC-123',
      'https://acme.atlassian.net/jira/software/c/projects/SAM/boards/665?selectedIssue=SAM-80357',
    ],
    board: ['https://acme.atlassian.net/jira/software/c/projects/SAM/boards/665'],
    create: ['https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype=1'],
    other: ['https://acme.atlassian.net/jira/your-work'],
  },
  context(doc, url) {
    const modal = queryRanked(doc, selectors.createModal);
    if (modal) {
      const project = textOf(queryRanked(modal, selectors.createProject) ?? modal, selectors.pickerValue);
      const issueType = textOf(queryRanked(modal, selectors.createIssueType) ?? modal, selectors.pickerValue);
      return {
        product: 'jira',
        projectKey: project ? /\(([^)]+)\)\s*$/.exec(project)?.[1] : undefined,
        issueType,
      };
    }
    const crumb = queryRanked<HTMLAnchorElement>(doc, selectors.issueKeyCrumb);
    const issueKey =
      issueKeyFromUrl(url) ?? crumb?.textContent?.trim().match(SELECTED_ISSUE)?.[0] ?? undefined;
    const typeLabel = queryRanked(doc, selectors.issueTypeButton)?.getAttribute('aria-label');
    return {
      product: 'jira',
      issueKey,
      projectKey: projectOf(issueKey),
      issueType: typeLabel?.replace(/\s*-\s*Change (work|issue) type$/i, '').trim() || undefined,
      user: queryRanked(doc, selectors.user)?.getAttribute('content') ?? undefined,
    };
  },
  editorSlots(doc) {
    const slots: EditorSlot[] = [];
    const modal = queryRanked(doc, selectors.createModal);
    const createField = modal && queryRanked(modal, selectors.createDescription);
    if (createField) {
      slots.push(lazyEditorSlot('create-description', createField, () => editorIn(createField), () => null));
    }
    const description = descriptionSlot(doc);
    if (description) slots.push(description);
    const comment = queryRanked(doc, selectors.commentBox);
    if (comment) {
      slots.push(
        lazyEditorSlot('comment', comment, () => editorIn(comment), () => queryRanked(comment, selectors.commentPlaceholder)),
      );
    }
    return slots;
  },
  panelAnchor: (doc) => queryRanked(doc, selectors.rightColumn),
  pageBody: (doc) => queryRanked(doc, selectors.descriptionRead) ?? queryRanked(doc, selectors.descriptionEdit),
  transitionTrigger: (target) => target.closest<HTMLElement>(selectors.transitionItem.join(',')),
};
