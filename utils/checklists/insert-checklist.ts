/** "Insert as task list": the checklist with its ticks, as the editor's own task list, through the insert strategies. */
import { strategyFor } from '@/utils/editors';
import { caretWithin } from '@/utils/editors/selection';
import type { FeatureArgs } from '@/utils/features/types';
import { insertRendered } from '@/utils/insert/insert-rendered';
import type { InsertContext } from '@/utils/insert/page-context';
import { loadPageUi } from '@/utils/runtime/page-ui';
import type { Checklist } from '@/utils/schemas/template';
import type { EditorSlot } from '@/utils/sites/types';
import type { Ticks } from './progress';

/** The description or page body; a task list doesn't belong in a comment. */
const TARGET_ROLES: ReadonlySet<EditorSlot['role']> = new Set(['description', 'create-description', 'page-body']);

export type InsertOutcome = 'inserted' | 'no-editor' | 'failed';

export async function insertChecklist(args: FeatureArgs, checklist: Checklist, ticks: Ticks, context: InsertContext): Promise<InsertOutcome> {
  const slots = args.site.editorSlots(document).filter((slot) => TARGET_ROLES.has(slot.role));
  // An editor that is already open wins; otherwise the first slot is opened (Jira Cloud: click to edit).
  const slot = slots.find((candidate) => candidate.current()) ?? slots[0];
  const editor = slot && (await slot.activate());
  const strategy = editor && strategyFor(editor);
  if (!editor || !strategy) return 'no-editor';
  const caret = caretWithin(editor);
  const ui = await loadPageUi().catch(() => null);
  if (!ui) return 'failed';
  const source = {
    id: checklist.id,
    version: checklist.version,
    usedFields: false,
    render: (format: Parameters<typeof ui.renderChecklist>[2]) => ui.renderChecklist(checklist, ticks, format, context),
  };
  return (await insertRendered(args, { editor, strategy, caret }, source, context)) ? 'inserted' : 'failed';
}
