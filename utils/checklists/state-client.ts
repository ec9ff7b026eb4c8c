/** Content-script side of checklist persistence: the background owns the state (IndexedDB), we only ask. */
import type { InsertContext } from '@/utils/insert/page-context';
import { sendWithRetry } from '@/utils/runtime/send-queue';
import type { ChecklistState } from '@/utils/schemas/checklist-state';
import type { SiteId } from '@/utils/schemas/site';
import type { Checklist } from '@/utils/schemas/template';

/** One Jira issue or Confluence page on one site: the unit checklist state is kept for. */
export interface ObjectRef {
  origin: string;
  objectKey: string;
}

/** Issue key or page id, never a URL or title; null where the page has neither (nothing to keep state for). */
export function objectRefOf(context: InsertContext, origin = location.origin): ObjectRef | null {
  const objectKey = context.issueKey ?? context.pageId;
  return objectKey ? { origin, objectKey } : null;
}

export function loadStates(ref: ObjectRef): Promise<ChecklistState[]> {
  return sendWithRetry('getChecklistStates', ref);
}

export interface TickDims {
  site: SiteId;
  project?: string;
}

/** Resolves once the background has stored the tick (the worker may be restarting; the queue retries). */
export function saveTick(ref: ObjectRef, checklist: Checklist, itemId: string, checked: boolean, dims: TickDims): Promise<ChecklistState> {
  return sendWithRetry('saveChecklistTick', {
    ...ref,
    checklistId: checklist.id,
    version: checklist.version,
    itemId,
    checked,
    itemIds: checklist.items.map((item) => item.id),
    mandatoryItemIds: checklist.items.filter((item) => item.mandatory).map((item) => item.id),
    ...dims,
  });
}

/**
 * Attaching a checklist the page's scope doesn't include stores an empty state for it: an unticked
 * "tick" of its first item changes nothing and records no event, but makes the state exist.
 */
export function attachChecklist(ref: ObjectRef, checklist: Checklist, dims: TickDims): Promise<ChecklistState> {
  return saveTick(ref, checklist, checklist.items[0]!.id, false, dims);
}
