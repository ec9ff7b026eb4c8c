/** Which checklists a Jira issue or Confluence page shows in the panel, and which the user can still add. */
import type { Checklist, RenderContext, Template } from '@/utils/schemas/template';
import { inScope } from '@/utils/templates/scope';

export function checklistsIn(library: readonly Template[]): Checklist[] {
  return library.filter((template): template is Checklist => template.kind === 'checklist');
}

export interface ChecklistSelection {
  /** In scope for the page first, then those the user attached to this issue / page; library order within each. */
  shown: Checklist[];
  /** Every other checklist of the library, for "Add checklist". */
  addable: Checklist[];
}

export function selectChecklists(
  library: readonly Template[],
  ctx: RenderContext,
  attachedIds: readonly string[],
): ChecklistSelection {
  const all = checklistsIn(library);
  const scoped = all.filter((checklist) => inScope(checklist, ctx));
  const attached = all.filter((checklist) => !scoped.includes(checklist) && attachedIds.includes(checklist.id));
  const shown = [...scoped, ...attached];
  return { shown, addable: all.filter((checklist) => !shown.includes(checklist)) };
}
