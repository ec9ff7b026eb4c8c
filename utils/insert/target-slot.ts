import { editorStrategies } from '@/utils/editors';
import type { SiteAdapter, EditorSlot } from '@/utils/sites/types';

/** The focused element, looking into same-origin editor iframes (TinyMCE). */
export function focusedElement(doc: Document = document): HTMLElement | null {
  const active = doc.activeElement;
  if (active instanceof HTMLIFrameElement && active.contentDocument) return focusedElement(active.contentDocument);
  return active as HTMLElement | null;
}

/**
 * The adapter's slot that owns `element`; otherwise, if it is some other text field on a supported page
 * (a plain input, a contenteditable), a one-off slot for it, so the shortcut and context menu work there too.
 */
export function slotFor(site: SiteAdapter, element: Node | null): EditorSlot | undefined {
  if (!element) return undefined;
  const owned = site.editorSlots(document).find((slot) => slot.current()?.contains(element));
  if (owned) return owned;
  const field = element as HTMLElement;
  const editable = field.ownerDocument === document && editorStrategies.some((strategy) => strategy.matches(field));
  if (!editable || !field.parentElement) return undefined;
  return { role: 'field', anchor: field.parentElement, current: () => field, activate: async () => field };
}
