import { pasteEvent } from './paste-event';
import { mutatesDuring, placeCaret } from './selection';
import { InsertError, type EditorStrategy } from './types';

/**
 * The Atlassian editor (Jira and Confluence Cloud). Its own paste plugin parses text/html with the
 * ADF schema, so a synthetic paste yields real nodes in one undoable transaction (atlassian-pages.md §5.1).
 */
export const prosemirror: EditorStrategy = {
  id: 'prosemirror',
  matches: (element) => element.classList.contains('ProseMirror') && element.isContentEditable,
  format: () => 'html',
  async insert(element, { markup, text }, caret) {
    element.focus();
    placeCaret(element, caret);
    const event = pasteEvent(markup, text);
    element.dispatchEvent(event);
    if (event.defaultPrevented) return;
    // Measured: insertHTML loses structure right after focus, so it is only the last resort (§ Measured).
    const doc = element.ownerDocument;
    const inserted = await mutatesDuring(element, () => doc.execCommand('insertHTML', false, markup));
    if (!inserted) throw new InsertError('paste-ignored');
  },
};
