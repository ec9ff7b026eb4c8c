import type { FeatureArgs } from '@/utils/features/types';
import type { EditorSlot } from '@/utils/sites/types';
import { matchesShortcut, type Shortcut } from './shortcut';
import { slotFor } from './target-slot';

/**
 * ProseMirror remembers a held Shift from keydown until it sees Shift's keyup, and pastes as plain text
 * meanwhile. If our dialog took focus first, that keyup would never reach the editor, so the picker opens
 * only once the modifiers are released (or after a second, for a key still held).
 */
function modifiersReleased(doc: Document, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('keyup', onKeyUp, true);
      clearTimeout(timer);
      resolve();
    };
    const onKeyUp = (event: KeyboardEvent) => !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && done();
    const timer = setTimeout(done, 1000);
    doc.addEventListener('keyup', onKeyUp, { capture: true, signal });
  });
}

/**
 * Calls `open` when the user presses the shortcut in an editor, in the page and in editor iframes (TinyMCE),
 * where key events never reach the top document. Frames get their final document only after TinyMCE
 * initialises inside them, which the page-level observer never sees, so frames are rechecked on load.
 */
export function shortcutListener(args: FeatureArgs, shortcut: Shortcut, open: (slot: EditorSlot) => void) {
  const listening = new WeakSet<Document>();
  const watched = new WeakSet<HTMLIFrameElement>();
  const listen = (doc: Document) => {
    if (listening.has(doc)) return;
    listening.add(doc);
    doc.addEventListener(
      'keydown',
      (event) => {
        // A page script can dispatch a synthetic key press; only the user's own opens the picker.
        if (!event.isTrusted || !matchesShortcut(event, shortcut)) return;
        // Not `instanceof Node`: targets inside an editor iframe come from another realm.
        const slot = slotFor(args.site, event.target as Node | null);
        if (!slot) return;
        event.preventDefault();
        event.stopPropagation();
        void modifiersReleased(doc, args.signal).then(() => open(slot));
      },
      { capture: true, signal: args.signal },
    );
  };
  return () => {
    listen(document);
    for (const frame of document.querySelectorAll('iframe')) {
      const attach = () => frame.contentDocument && listen(frame.contentDocument);
      attach();
      if (watched.has(frame)) continue;
      watched.add(frame);
      frame.addEventListener('load', attach, { signal: args.signal });
    }
  };
}
