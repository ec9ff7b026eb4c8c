import { SuggestionChip } from '@/components/SuggestionChip';
import { isEditorEmpty } from '@/utils/editors/is-empty';
import { loadLibrary } from '@/utils/insert/library';
import { openPicker } from '@/utils/insert/open-picker';
import { pageContext } from '@/utils/insert/page-context';
import { mountUi, type MountedUi } from '@/utils/runtime/mount-ui';
import { sendWithRetry } from '@/utils/runtime/send-queue';
import { inScope, rankForContext } from '@/utils/templates/scope';
import type { Feature } from './types';

const SUGGESTED_ROLES = new Set(['description', 'create-description', 'page-body']);

/** Offers the best in-scope template as a small chip when a description or page body is empty. */
export const templateSuggest: Feature = {
  id: 'template-suggest',
  sites: 'all',
  pages: 'all',
  async init(args) {
    const { signal, site, ctx, onDomChange } = args;
    const library = await loadLibrary();
    // Per anchor: the chip and which template it offers (the issue type can change under it).
    const chips = new Map<HTMLElement, { ui: MountedUi; templateId: string }>();
    // Dismissal is per project or space; the answer is asked once per scope and page.
    const dismissed = new Map<string, Promise<boolean>>();
    const isDismissed = (scope: string) => {
      if (!dismissed.has(scope)) dismissed.set(scope, sendWithRetry('isSuggestionDismissed', { scope }).catch(() => true));
      return dismissed.get(scope)!;
    };
    const removeChip = (anchor: HTMLElement) => {
      chips.get(anchor)?.ui.remove();
      chips.delete(anchor);
    };
    const removeChips = () => [...chips.keys()].forEach(removeChip);
    onDomChange(async () => {
      const context = pageContext(site);
      const scope = context.projectKey ?? context.spaceKey ?? site.id;
      if (await isDismissed(scope)) return removeChips();
      for (const slot of site.editorSlots(document)) {
        const editor = slot.current();
        const best =
          SUGGESTED_ROLES.has(slot.role) && editor && isEditorEmpty(editor)
            ? rankForContext(library, context).find((t) => t.kind === 'template' && inScope(t, context))
            : undefined;
        if (chips.get(slot.anchor)?.templateId === best?.id) continue;
        removeChip(slot.anchor);
        if (!best) continue;
        const ui = await mountUi({
          ctx,
          signal,
          featureId: 'template-suggest',
          anchor: slot.anchor,
          view: (
            <SuggestionChip
              templateName={best.name}
              onUse={() => void openPicker(args, slot, best.id)}
              onDismiss={() => {
                removeChips();
                dismissed.set(scope, Promise.resolve(true));
                void sendWithRetry('dismissSuggestion', { scope });
              }}
            />
          ),
        });
        if (ui) chips.set(slot.anchor, { ui, templateId: best.id });
      }
    });
  },
};
