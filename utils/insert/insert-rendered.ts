import { InsertError, type EditorStrategy } from '@/utils/editors/types';
import type { FeatureArgs } from '@/utils/features/types';
import type { RenderFormat } from '@/utils/render';
import type { InsertContext } from './page-context';

/** A template or checklist ready to be rendered in whichever format the target editor consumes. */
export interface RenderedSource {
  id: string;
  version: number;
  usedFields: boolean;
  render(format: RenderFormat): string;
}

export interface InsertTarget {
  editor: HTMLElement;
  strategy: EditorStrategy;
  caret: Range | null;
}

export function projectDim(context: InsertContext): { project?: string } {
  const project = context.projectKey ?? context.spaceKey;
  return project ? { project } : {};
}

/** Renders for the editor's format, inserts, and records the outcome — ids and timings only, never page text. */
export async function insertRendered(
  args: FeatureArgs,
  { editor, strategy, caret }: InsertTarget,
  source: RenderedSource,
  context: InsertContext,
): Promise<boolean> {
  const started = performance.now();
  try {
    const content = { markup: source.render(strategy.format(args.site)), text: source.render('text') };
    await strategy.insert(editor, content, caret);
    args.track({
      type: 'template_inserted',
      templateId: source.id,
      version: source.version,
      site: args.site.id,
      page: args.page,
      editor: strategy.id,
      ms: Math.round(performance.now() - started),
      usedFields: source.usedFields,
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
