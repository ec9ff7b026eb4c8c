import { queryRanked, waitFor } from './query';
import type { EditorSlot, RankedSelectors } from './types';

/** The Atlassian (ProseMirror) editable element, never its placeholder span (atlassian-pages.md §1.3). */
export const atlassianEditor: RankedSelectors = [
  '#ak-editor-textarea[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"][role="textbox"]',
  '.ak-editor-content-area [contenteditable="true"]',
];

export function editorIn(root: ParentNode | null | undefined): HTMLElement | null {
  return root ? queryRanked(root, atlassianEditor) : null;
}

/**
 * A slot whose editor may need a click to appear (read-mode description, collapsed comment box).
 * `findEditor` is re-run after the click because Jira re-renders these subtrees.
 */
export function lazyEditorSlot(
  role: EditorSlot['role'],
  anchor: HTMLElement,
  findEditor: () => HTMLElement | null,
  opener: () => HTMLElement | null,
): EditorSlot {
  return {
    role,
    anchor,
    current: findEditor,
    async activate() {
      const ready = findEditor();
      if (ready) return ready;
      opener()?.click();
      return waitFor(anchor.ownerDocument, findEditor);
    },
  };
}
