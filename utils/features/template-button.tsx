import { InsertTemplateButton } from '@/components/InsertTemplateButton';
import { loadLibrary } from '@/utils/insert/library';
import { openPicker } from '@/utils/insert/open-picker';
import { DEFAULT_SHORTCUT, parseShortcut } from '@/utils/insert/shortcut';
import { shortcutListener } from '@/utils/insert/shortcut-listener';
import { focusedElement, slotFor } from '@/utils/insert/target-slot';
import { onMessage } from '@/utils/messaging';
import { mountUi } from '@/utils/runtime/mount-ui';
import { loadPageUi } from '@/utils/runtime/page-ui';
import { sendWithRetry } from '@/utils/runtime/send-queue';
import type { Feature } from './types';

/** A pointer or focus on the button makes a click likely: start loading what the picker needs. */
const prepare = () => {
  loadPageUi().catch(() => undefined);
  void loadLibrary();
};

/** An "Insert template" button on every editor the site adapter knows, plus the keyboard shortcut. */
export const templateButton: Feature = {
  id: 'template-button',
  sites: 'all',
  pages: 'all',
  async init(args) {
    const { signal, site, ctx, onDomChange } = args;
    // From the popup's quick action, the manifest command and the context menu (via the background).
    const stopListening = onMessage('openPicker', () => {
      const slot = slotFor(site, focusedElement()) ?? site.editorSlots(document)[0];
      if (slot) void openPicker(args, slot);
      return { opened: !!slot };
    });
    signal.addEventListener('abort', stopListening, { once: true });
    const configured = await sendWithRetry('getPickerShortcut', undefined).catch(() => DEFAULT_SHORTCUT);
    const listenForShortcut = shortcutListener(args, parseShortcut(configured) ?? parseShortcut(DEFAULT_SHORTCUT)!, (slot) =>
      openPicker(args, slot),
    );
    onDomChange(() => {
      listenForShortcut();
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
