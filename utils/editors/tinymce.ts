import { pasteEvent } from './paste-event';
import { mutatesDuring } from './selection';
import { insertThroughEditorApi } from './tinymce-api';
import { InsertError, type EditorStrategy } from './types';

/**
 * TinyMCE in an iframe (Jira DC Visual mode, Confluence DC). First the editor's own API in the page's main
 * world (tinymce-api.ts). Where the page exposes none, a paste on the iframe body, which also keeps structure
 * and makes one undo level from the isolated world (toolchain.md).
 */
export const tinymce: EditorStrategy = {
  id: 'tinymce',
  matches: (element) =>
    element.isContentEditable && (element.id === 'tinymce' || element.classList.contains('mce-content-body')),
  format: () => 'tinymce',
  async insert(body, { markup, text }) {
    // TinyMCE restores its own bookmark on focus, so the caret stays where the user left it.
    body.focus();
    if (await insertThroughEditorApi(body, markup)) return;
    const event = pasteEvent(markup, text);
    body.dispatchEvent(event);
    if (event.defaultPrevented) return;
    // Native insertHTML keeps structure but bypasses TinyMCE's undo manager (toolchain.md).
    const doc = body.ownerDocument;
    const inserted = await mutatesDuring(body, () => doc.execCommand('insertHTML', false, markup));
    if (!inserted) throw new InsertError('paste-ignored');
  },
};
