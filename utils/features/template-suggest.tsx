import { storage } from '#imports';
import { z } from 'zod/mini';
import { SuggestionChip } from '@/components/SuggestionChip';
import { isEditorEmpty } from '@/utils/editors/is-empty';
import { loadLibrary } from '@/utils/insert/library';
import { openPicker } from '@/utils/insert/open-picker';
import { pageContext } from '@/utils/insert/page-context';
import { mountUi, type MountedUi } from '@/utils/runtime/mount-ui';
import { inScope, rankForContext } from '@/utils/templates/scope';
import type { Feature } from './types';

/** Projects (or spaces) where the PM said "don't suggest"; it is never shown there again. */
const dismissedItem = storage.defineItem<string[]>('local:suggestDismissed', { fallback: [] });
const dismissedSchema = z.array(z.string());

const SUGGESTED_ROLES = new Set(['description', 'create-description', 'page-body']);

/** Offers the best in-scope template as a small chip when a description or page body is empty. */
export const templateSuggest: Feature = {
  id: 'template-suggest',
  sites: 'all',
  pages: 'all',
  async init(args) {
    const { signal, site, ctx, onDomChange } = args;
    const library = await loadLibrary();
    const chips = new Map<HTMLElement, MountedUi>();
    onDomChange(async () => {
      const context = pageContext(site);
      const scopeKey = context.projectKey ?? context.spaceKey ?? site.id;
      const dismissed = dismissedSchema.safeParse(await dismissedItem.getValue());
      if (dismissed.success && dismissed.data.includes(scopeKey)) return;
      for (const slot of site.editorSlots(document)) {
        const editor = slot.current();
        const existing = chips.get(slot.anchor);
        if (!SUGGESTED_ROLES.has(slot.role) || !editor || !isEditorEmpty(editor)) {
          existing?.remove();
          chips.delete(slot.anchor);
          continue;
        }
        const best = rankForContext(library, context).find((t) => t.kind === 'template' && inScope(t, context));
        if (!best || existing) continue;
        const ui = await mountUi({
          ctx,
          signal,
          featureId: 'template-suggest',
          anchor: slot.anchor,
          view: (
            <SuggestionChip
              templateName={best.name}
              onUse={() => void openPicker(args, slot, best.id)}
              onDismiss={async () => {
                chips.forEach((chip) => chip.remove());
                chips.clear();
                const current = dismissedSchema.safeParse(await dismissedItem.getValue());
                await dismissedItem.setValue([...(current.success ? current.data : []), scopeKey]);
              }}
            />
          ),
        });
        if (ui) chips.set(slot.anchor, ui);
      }
    });
  },
};
