/** The headings a compliance check expects in an issue or page made from a template. */
import type { RenderContext, Template } from '../schemas/template';
import { inlineText } from './ast';
import { markdownToBlocks } from './markdown';
import { makeLookup, type FieldValues } from './values';

/**
 * Explicit `requiredSections` win; otherwise every top-level h2 of the body. Pass values and
 * context to get the headings as they read after filling (e.g. "Release 2.4").
 */
export function requiredSectionsOf(template: Template, values: FieldValues = {}, ctx: RenderContext = { date: '' }): string[] {
  if (template.requiredSections) return [...template.requiredSections];
  const blocks = markdownToBlocks(template.body, makeLookup(template.fields, values, ctx));
  return blocks.flatMap((b) => (b.t === 'heading' && b.level === 2 ? [inlineText(b.c).trim()] : []));
}

/**
 * The template with its required headings spelled out. The background resolves them once (getTemplates), so
 * content scripts can check compliance without loading the Markdown parser.
 */
export function withRequiredSections<T extends Template>(template: T): T {
  return template.kind === 'template' ? { ...template, requiredSections: requiredSectionsOf(template) } : template;
}
