import { pasteEvent } from './paste-event';
import { mutatesDuring } from './selection';
import { InsertError, type EditorStrategy } from './types';

/**
 * TinyMCE in an iframe (Jira DC Visual mode, Confluence DC). A paste on the iframe body keeps structure
 * and makes one undo level, and works from the isolated world; `window.tinymce` does not (toolchain.md).
 */
export const tinymce: EditorStrategy = {
  id: 'tinymce',
  matches: (element) =>
    element.isContentEditable && (element.id === 'tinymce' || element.classList.contains('mce-content-body')),
  format: () => 'tinymce',
  async insert(body, { markup, text }) {
    // TinyMCE restores its own bookmark on focus, so the caret stays where the user left it.
    body.focus();
    const event = pasteEvent(markup, text);
    body.dispatchEvent(event);
    if (event.defaultPrevented) return;
    // Native insertHTML keeps structure but bypasses TinyMCE's undo manager (toolchain.md).
    const doc = body.ownerDocument;
    const inserted = await mutatesDuring(body, () => doc.execCommand('insertHTML', false, markup));
    if (!inserted) throw new InsertError('paste-ignored');
  },
};
