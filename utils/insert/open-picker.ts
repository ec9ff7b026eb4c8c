import type { PickerProps } from '@/components/TemplatePicker';
import { strategyFor } from '@/utils/editors';
import { caretWithin } from '@/utils/editors/selection';
import type { FeatureArgs } from '@/utils/features/types';
import { mountUi } from '@/utils/runtime/mount-ui';
import { loadPageUi } from '@/utils/runtime/page-ui';
import type { EditorSlot } from '@/utils/sites/types';
import { inScope, rankForContext } from '@/utils/templates/scope';
import { offerTemplateFeedback } from './feedback-prompt';
import { fieldDefaults } from './field-defaults';
import { insertRendered, projectDim } from './insert-rendered';
import { loadLibrary } from './library';
import { pageContext } from './page-context';

const PICKER_ID = 'template-picker';

/** Opens the picker for one editor slot: enter edit mode if needed, then let the user choose and insert. */
export async function openPicker(args: FeatureArgs, slot: EditorSlot, preselect?: string): Promise<void> {
  const context = pageContext(args.site);
  const [editor, ui, library] = await Promise.all([
    slot.activate(),
    loadPageUi().catch(() => null),
    loadLibrary(),
  ]);
  const strategy = editor && strategyFor(editor);
  if (!editor || !strategy || !ui) {
    const reason = ui ? 'no-editor' : 'ui-unavailable';
    args.track({ type: 'insert_failed', site: args.site.id, editor: strategy?.id ?? 'none', reason, ...projectDim(context) });
    return;
  }
  const target = { editor, strategy, caret: caretWithin(editor) };
  args.track({ type: 'picker_opened', site: args.site.id, page: args.page, ...projectDim(context) });

  const picker = new AbortController();
  args.signal.addEventListener('abort', () => picker.abort(), { once: true });
  const props: PickerProps = {
    entries: rankForContext(library, context).map((template) => ({ template, inScope: inScope(template, context) })),
    initialId: preselect,
    initialValues: (template) => fieldDefaults(template, context),
    preview: (template) => ui.render(template, fieldDefaults(template, context), 'html', context),
    onInsert(template, values) {
      picker.abort();
      const source = {
        id: template.id,
        version: template.version,
        usedFields: values !== null && Object.keys(values).length > 0,
        render: (format: Parameters<typeof ui.render>[2]) => ui.render(template, values ?? {}, format, context),
      };
      void insertRendered(args, target, source, context).then((inserted) => {
        if (inserted) return offerTemplateFeedback(args, template, slot.anchor, ui, context);
      });
    },
    onClose() {
      picker.abort();
      editor.focus();
    },
  };
  await mountUi({
    ctx: args.ctx,
    signal: picker.signal,
    featureId: PICKER_ID,
    // Inside the host page's open modal, if any: its focus lock would otherwise pull focus out of our dialog.
    anchor: editor.closest('[role="dialog"]') ?? document.body,
    position: 'modal',
    view: ui.picker(props),
    render: ui.preact,
  });
}
