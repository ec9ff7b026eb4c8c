import { sendWithRetry } from '@/utils/runtime/send-queue';

/**
 * The editor's own API when the page exposes it; false means "use the paste fallback". The insert itself runs in
 * the page's main world, started by the background (tinymce-api-handler.ts).
 */
export async function insertThroughEditorApi(body: HTMLElement, html: string): Promise<boolean> {
  const editorId = body.ownerDocument.defaultView?.frameElement?.id.replace(/_ifr$/, '');
  if (!editorId) return false;
  return sendWithRetry('insertIntoTinymce', { editorId, html }).catch(() => false);
}
