import { InsertTemplateButton } from '@/components/InsertTemplateButton';
import { loadLibrary } from '@/utils/insert/library';
import { openPicker } from '@/utils/insert/open-picker';
import { loadPageUi } from '@/utils/runtime/page-ui';
import { onMessage } from '@/utils/messaging';
import { mountUi } from '@/utils/runtime/mount-ui';
import type { EditorSlot } from '@/utils/sites/types';
import type { Feature, FeatureArgs } from './types';

/** Alt+Shift+T inside a supported editor; handled here so it works in every browser. */
function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyT';
}

/** The slot whose editor has focus (also inside an editor iframe), else the first one on the page. */
function targetSlot(args: FeatureArgs): EditorSlot | undefined {
  const slots = args.site.editorSlots(document);
  const focused = (doc: Document): Element | null => {
    const active = doc.activeElement;
    return active instanceof HTMLIFrameElement && active.contentDocument ? focused(active.contentDocument) : active;
  };
  const active = focused(document);
  return slots.find((slot) => active && slot.current()?.contains(active)) ?? slots[0];
}

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
    const onKeyUp = (event: KeyboardEvent) => !event.shiftKey && !event.altKey && done();
    const timer = setTimeout(done, 1000);
    doc.addEventListener('keyup', onKeyUp, { capture: true, signal });
  });
}

/** Listens in the page and in editor iframes (TinyMCE), where key events never reach the top document. */
function listenForShortcut(args: FeatureArgs, doc: Document, listening: WeakSet<Document>) {
  if (listening.has(doc)) return;
  listening.add(doc);
  doc.addEventListener(
    'keydown',
    (event) => {
      // Not `instanceof Node`: targets inside an editor iframe come from another realm.
      const target = event.target as Node | null;
      if (!isShortcut(event) || !target) return;
      const slot = args.site.editorSlots(document).find((candidate) => candidate.current()?.contains(target));
      if (!slot) return;
      event.preventDefault();
      event.stopPropagation();
      void modifiersReleased(doc, args.signal).then(() => openPicker(args, slot));
    },
    { capture: true, signal: args.signal },
  );
}

/**
 * Editor iframes get their final document only after TinyMCE initialises inside them, which the
 * page-level observer never sees, so each frame is also (re)checked when it loads.
 */
function listenInFrames(args: FeatureArgs, listening: WeakSet<Document>, watched: WeakSet<HTMLIFrameElement>) {
  for (const frame of document.querySelectorAll('iframe')) {
    const attach = () => frame.contentDocument && listenForShortcut(args, frame.contentDocument, listening);
    attach();
    if (watched.has(frame)) continue;
    watched.add(frame);
    frame.addEventListener('load', attach, { signal: args.signal });
  }
}

const prepare = () => {
  loadPageUi().catch(() => undefined);
  void loadLibrary();
};

/** An "Insert template" button on every editor the site adapter knows, plus the keyboard shortcut. */
export const templateButton: Feature = {
  id: 'template-button',
  sites: 'all',
  pages: 'all',
  init(args) {
    const { signal, site, ctx, onDomChange } = args;
    const listening = new WeakSet<Document>();
    listenForShortcut(args, document, listening);
    // From the popup's quick action, the manifest command and the context menu (via the background).
    const stopListening = onMessage('openPicker', () => {
      const slot = targetSlot(args);
      if (slot) void openPicker(args, slot);
      return { opened: !!slot };
    });
    signal.addEventListener('abort', stopListening, { once: true });
    const watchedFrames = new WeakSet<HTMLIFrameElement>();
    onDomChange(() => {
      listenInFrames(args, listening, watchedFrames);
      for (const slot of site.editorSlots(document)) {
        void mountUi({
          ctx,
          signal,
          featureId: 'template-button',
          anchor: slot.anchor,
          view: <InsertTemplateButton onActivate={() => void openPicker(args, slot)} onPrepare={prepare} />,
        });
      }
    });
  },
};
