/** "Insert as task list": the checklist with its ticks, as the editor's own task list, through the insert strategies. */
import { strategyFor } from '@/utils/editors';
import { caretWithin } from '@/utils/editors/selection';
import { InsertError } from '@/utils/editors/types';
import type { FeatureArgs } from '@/utils/features/types';
import { projectDim } from '@/utils/insert/insert-template';
import type { InsertContext } from '@/utils/insert/page-context';
import { renderChecklist } from '@/utils/render';
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
  const started = performance.now();
  try {
    const caret = caretWithin(editor);
    const markup = renderChecklist(checklist, ticks, strategy.format(args.site), context);
    await strategy.insert(editor, { markup, text: renderChecklist(checklist, ticks, 'text', context) }, caret);
    args.track({
      type: 'template_inserted',
      templateId: checklist.id,
      version: checklist.version,
      site: args.site.id,
      page: args.page,
      editor: strategy.id,
      ms: Math.round(performance.now() - started),
      usedFields: false,
      ...projectDim(context),
    });
    return 'inserted';
  } catch (error) {
    const reason = error instanceof InsertError ? error.reason : 'exception';
    args.track({ type: 'insert_failed', site: args.site.id, editor: strategy.id, reason, ...projectDim(context) });
    if (!(error instanceof InsertError)) console.error('[Product Ops Kit] checklist insert failed', error);
    return 'failed';
  }
}
