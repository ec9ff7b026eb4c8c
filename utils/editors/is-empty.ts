/** True when the editor holds no user text; ProseMirror placeholders are non-editable widgets, so they don't count. */
export function isEditorEmpty(editor: HTMLElement): boolean {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return !editor.value.trim();
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && !node.parentElement?.closest('[contenteditable="false"]')) return false;
  }
  // ProseMirror puts an <img class="ProseMirror-separator"> next to widgets such as the placeholder.
  return !editor.querySelector('table, img:not(.ProseMirror-separator), [data-node-type]');
}
