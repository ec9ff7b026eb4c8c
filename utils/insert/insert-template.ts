import { InsertError } from '@/utils/editors/types';
import { render } from '@/utils/render';
import type { Template } from '@/utils/schemas/template';
import type { InsertSession } from './session';

/** Renders the template in the editor's own format and inserts it; records the outcome, never page text. */
export async function insertTemplate(
  session: InsertSession,
  template: Template,
  values: Record<string, string> | null,
): Promise<boolean> {
  const { args, editor, strategy, caret, context } = session;
  const started = performance.now();
  try {
    const markup = render(template, values ?? {}, strategy.format(args.site), context);
    await strategy.insert(editor, { markup, text: render(template, values ?? {}, 'text', context) }, caret);
    args.track({
      type: 'template_inserted',
      templateId: template.id,
      version: template.version,
      site: args.site.id,
      page: args.page,
      editor: strategy.id,
      ms: Math.round(performance.now() - started),
      usedFields: values !== null && Object.keys(values).length > 0,
      ...projectDim(context),
    });
    return true;
  } catch (error) {
    const reason = error instanceof InsertError ? error.reason : 'exception';
    args.track({ type: 'insert_failed', site: args.site.id, editor: strategy.id, reason, ...projectDim(context) });
    if (!(error instanceof InsertError)) console.error('[Product Ops Kit] insert failed', error);
    return false;
  }
}

export function projectDim(context: InsertSession['context']): { project?: string } {
  const project = context.projectKey ?? context.spaceKey;
  return project ? { project } : {};
}
