import type { PageContext, PageKind, SiteId } from '@/utils/schemas/site';

/** Selectors are ranked fallbacks: Atlassian renames test ids often (atlassian-pages.md, intro). */
export type RankedSelectors = readonly string[];

/** An editable surface the extension can attach an "Insert template" button to. */
export interface EditorSlot {
  /** Stable role of the slot on the page, used for idempotent mounting and metrics. */
  /** `field`: any other text field the user focused and asked for a template in (shortcut, menu). */
  role: 'description' | 'comment' | 'create-description' | 'page-body' | 'field';
  /** Element the button is attached next to; it survives edit-mode swaps where possible. */
  anchor: HTMLElement;
  /** The live editable element if the editor is open now, without clicking anything. */
  current(): HTMLElement | null;
  /** Resolves the live editable element, entering edit mode first if needed. */
  activate(): Promise<HTMLElement | null>;
}

export interface SiteAdapter {
  id: SiteId;
  product: 'jira' | 'confluence';
  hosting: 'cloud' | 'dc';
  /** Plain-text fields on this site speak Jira wiki markup (DC) or nothing special. */
  textFormat: 'wiki' | 'text';
  isCurrent(doc: Document, url: URL): boolean;
  /** Pure: URL only, so it can be tested as a matrix. */
  pageKind(url: URL): PageKind;
  selectors: Record<string, RankedSelectors>;
  /** Example URLs per page kind; the URL-matrix test checks each maps back here. */
  examples: Partial<Record<PageKind, readonly string[]>>;
  context(doc: Document, url: URL): PageContext;
  editorSlots(doc: Document): EditorSlot[];
  /** Where a checklist panel goes on this page, if anywhere. */
  panelAnchor(doc: Document): HTMLElement | null;
  /** The rendered description (Jira) or page body (Confluence) as it reads now: compliance and the soft gate. */
  pageBody?(doc: Document): HTMLElement | null;
  /** The workflow-transition control a click landed in, if any; its text names the target status (soft gate). */
  transitionTrigger?(target: Element): HTMLElement | null;
}
