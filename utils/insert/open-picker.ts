import { TemplatePicker } from '@/components/TemplatePicker';
import { caretWithin } from '@/utils/editors/selection';
import { strategyFor } from '@/utils/editors';
import type { FeatureArgs } from '@/utils/features/types';
import { render } from '@/utils/render';
import type { Template } from '@/utils/schemas/template';
import type { EditorSlot } from '@/utils/sites/types';
import { mountUi } from '@/utils/runtime/mount-ui';
import { inScope, rankForContext } from '@/utils/templates/scope';
import { fieldDefaults } from './field-defaults';
import { insertTemplate } from './insert-template';
import { loadLibrary } from './library';
import { pageContext } from './page-context';
import type { InsertSession } from './session';

const PICKER_ID = 'template-picker';

/** Opens the picker for one editor slot: enter edit mode if needed, then let the user choose and insert. */
export async function openPicker(args: FeatureArgs, slot: EditorSlot, preselect?: string): Promise<void> {
  const editor = await slot.activate();
  const strategy = editor && strategyFor(editor);
  if (!editor || !strategy) {
    args.track({ type: 'insert_failed', site: args.site.id, editor: 'none', reason: 'no-editor' });
    return;
  }
  const session: InsertSession = {
    args,
    slot,
    editor,
    strategy,
    caret: caretWithin(editor),
    context: pageContext(args.site),
  };
  const entries = rankForContext(await loadLibrary(), session.context).map((template) => ({
    template,
    inScope: inScope(template, session.context),
  }));
  args.track({ type: 'picker_opened', site: args.site.id, page: args.page });

  const picker = new AbortController();
  args.signal.addEventListener('abort', () => picker.abort(), { once: true });
  const close = () => {
    picker.abort();
    editor.focus();
  };
  const insert = (template: Template, values: Record<string, string> | null) => {
    picker.abort();
    void insertTemplate(session, template, values);
  };
  await mountUi({
    ctx: args.ctx,
    signal: picker.signal,
    featureId: PICKER_ID,
    // Inside the host page's open modal, if any: its focus lock would otherwise pull focus out of our dialog.
    anchor: editor.closest('[role="dialog"]') ?? document.body,
    position: 'modal',
    view: (
      <TemplatePicker
        entries={entries}
        initialId={preselect}
        initialValues={(template) => fieldDefaults(template, session.context)}
        preview={(template) => render(template, fieldDefaults(template, session.context), 'html', session.context)}
        onInsert={insert}
        onClose={close}
      />
    ),
  });
}
