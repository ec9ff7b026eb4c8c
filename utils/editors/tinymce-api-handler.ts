import { z } from 'zod/mini';
import { onMessage } from '@/utils/messaging';
import { parseOrThrow } from '@/utils/schemas/parse';

const insertInput = z.strictObject({
  editorId: z.string().check(z.regex(/^[\w-]{1,100}$/)),
  html: z.string().check(z.maxLength(1_000_000)),
});

/**
 * Runs in the page's main world, where `window.tinymce` and Confluence's `AJS.Rte` live (invisible to
 * content scripts). Self-contained: it is serialised by executeScript. `mceInsertContent` inserts at the
 * caret as one undo level, in every TinyMCE version Atlassian ships (atlassian-pages.md §5.2).
 */
function insertInPage(editorId: string, html: string): boolean {
  type Editor = { focus(): void; execCommand(command: string, ui: boolean, value: string): boolean };
  const page = window as unknown as {
    tinymce?: { get(id: string): Editor | null };
    AJS?: { Rte?: { getEditor?(): Editor | null } };
  };
  const editor = page.tinymce?.get(editorId) ?? page.AJS?.Rte?.getEditor?.() ?? null;
  if (!editor) return false;
  editor.focus();
  editor.execCommand('mceInsertContent', false, html);
  return true;
}

/** Background half of tinymce-api.ts: run the insert in the asking frame's main world. */
export function registerTinymceApiHandler(): void {
  onMessage('insertIntoTinymce', async ({ data, sender }) => {
    const { editorId, html } = parseOrThrow(insertInput, data, 'input');
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('insertIntoTinymce must come from a content script');
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      world: 'MAIN',
      func: insertInPage,
      args: [editorId, html],
    });
    return result?.result === true;
  });
}
