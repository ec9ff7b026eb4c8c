/**
 * Public renderer API: pure functions from a template (+ field values + page context) to one of
 * four output formats. HTML formats are sanitised before they leave this module.
 */
import type { Checklist, RenderContext, Template } from '../schemas/template';
import type { Block, Inline } from './ast';
import { blocksToAtlassianHtml } from './html';
import { fillText, markdownToBlocks } from './markdown';
import { sanitizeHtml } from './sanitize';
import { blocksToText } from './text';
import { blocksToTinyMceHtml } from './tinymce';
import { makeLookup, type FieldValues } from './values';
import { blocksToWiki } from './wiki';

export type RenderFormat = 'html' | 'tinymce' | 'wiki' | 'text';
/** Checklist item id → ticked. */
export type Ticks = Readonly<Record<string, boolean>>;
export type { FieldValues } from './values';
export { findPlaceholders } from './placeholders';

const EMPTY_CONTEXT: RenderContext = { date: '' };

export function serialize(blocks: Block[], format: RenderFormat): string {
  switch (format) {
    case 'html':
      return sanitizeHtml(blocksToAtlassianHtml(blocks));
    case 'tinymce':
      return sanitizeHtml(blocksToTinyMceHtml(blocks));
    case 'wiki':
      return blocksToWiki(blocks);
    case 'text':
      return blocksToText(blocks);
  }
}

function checklistBlocks(checklist: Checklist, ticks: Ticks, values: FieldValues, ctx: RenderContext): Block[] {
  const lookup = makeLookup(checklist.fields, values, ctx);
  // Item text is plain text (not Markdown): it is what the checklist panel shows next to a checkbox.
  const items = checklist.items.map((item) => ({
    done: ticks[item.id] === true,
    c: fillText(item.text, lookup) as Inline[],
    children: [],
  }));
  return [...markdownToBlocks(checklist.body, lookup), { t: 'tasks', items }];
}

function templateBlocks(template: Template, values: FieldValues, ctx: RenderContext): Block[] {
  if (template.kind === 'checklist') return checklistBlocks(template, {}, values, ctx);
  return markdownToBlocks(template.body, makeLookup(template.fields, values, ctx));
}

export function render(template: Template, values: FieldValues, format: RenderFormat, ctx: RenderContext): string {
  return serialize(templateBlocks(template, values, ctx), format);
}

/** What a paste into the Atlassian editor needs: sanitised HTML plus its text/plain companion. */
export function renderPaste(template: Template, values: FieldValues, ctx: RenderContext): { html: string; text: string } {
  const blocks = templateBlocks(template, values, ctx);
  return { html: serialize(blocks, 'html'), text: serialize(blocks, 'text') };
}

export function renderChecklist(
  checklist: Checklist,
  ticks: Ticks,
  format: RenderFormat,
  ctx: RenderContext = EMPTY_CONTEXT,
  values: FieldValues = {},
): string {
  return serialize(checklistBlocks(checklist, ticks, values, ctx), format);
}
export { requiredSectionsOf } from './sections';
