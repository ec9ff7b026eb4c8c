/** The user's caret inside `element`, captured before our UI takes focus. */
export function caretWithin(element: HTMLElement): Range | null {
  const selection = element.ownerDocument.getSelection();
  if (!selection?.rangeCount) return null;
  const range = selection.getRangeAt(0);
  return element.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

/** Restores the caret, or collapses to the end of the editor when there is none. */
export function placeCaret(element: HTMLElement, caret: Range | null): void {
  const doc = element.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  let range = caret && element.contains(caret.commonAncestorContainer) ? caret : null;
  if (!range) {
    range = doc.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
  // ProseMirror syncs its selection on `selectionchange`, which browsers fire asynchronously (§5.1.3).
  doc.dispatchEvent(new Event('selectionchange'));
}

/** Counts DOM changes under `element` while `action` runs, to confirm an insert really happened. */
export function mutatesDuring(element: HTMLElement, action: () => void): Promise<boolean> {
  return new Promise((resolve) => {
    let changed = false;
    const observer = new MutationObserver(() => (changed = true));
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    action();
    // ProseMirror may apply a fallback insert in a later task; give it one.
    setTimeout(() => {
      changed ||= observer.takeRecords().length > 0;
      observer.disconnect();
      resolve(changed);
    }, 50);
  });
}
