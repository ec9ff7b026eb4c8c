/**
 * Confluence Data Center (TinyMCE) editor HTML, for `mceInsertContent` (atlassian-pages.md §4, §5.2).
 * Panels use the editor's macro placeholder format (`table.wysiwyg-macro` with data-macro-name),
 * which Confluence converts to the info/note/tip/warning macros on save. That conversion is
 * UNVERIFIED against a live Confluence DC; the markup degrades to a plain one-cell table.
 */
import type { Block, Inline, PanelType, TaskItem } from './ast';
import { inlineText } from './ast';
import { escapeHtml } from './escape';
import { inlineHtml } from './html';

// Confluence DC has four coloured macros; map Atlassian Cloud panel types by colour.
const PANEL_MACRO: Record<PanelType, string> = {
  info: 'info',
  note: 'info',
  tip: 'tip',
  success: 'tip',
  warning: 'note',
  error: 'warning',
};

class TinyMceWriter {
  private taskId = 0;

  private tasks(items: TaskItem[]): string {
    const lis = items.map((item) => {
      const checked = item.done ? ' class="checked"' : '';
      const id = ++this.taskId;
      const nested = item.children.length ? this.tasks(item.children) : '';
      return `<li${checked} data-inline-task-id="${id}">${inlineHtml(item.c)}${nested}</li>`;
    });
    return `<ul class="inline-task-list">${lis.join('')}</ul>`;
  }

  private listItem(blocks: Block[]): string {
    const [first, ...rest] = blocks;
    const lead = first?.t === 'para' ? inlineHtml(first.c) : first ? this.block(first) : '';
    return `<li>${lead}${rest.map((b) => this.block(b)).join('')}</li>`;
  }

  block(b: Block): string {
    switch (b.t) {
      case 'heading':
        return `<h${b.level}>${inlineHtml(b.c)}</h${b.level}>`;
      case 'para':
        return `<p>${inlineHtml(b.c)}</p>`;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
        return `<${tag}${start}>${b.items.map((i) => this.listItem(i)).join('')}</${tag}>`;
      }
      case 'tasks':
        return this.tasks(b.items);
      case 'table': {
        const cells = (c: Inline[][], tag: 'th' | 'td', cls: string) =>
          c.map((x) => `<${tag} class="${cls}">${inlineHtml(x)}</${tag}>`).join('');
        const rows = [`<tr>${cells(b.head, 'th', 'confluenceTh')}</tr>`, ...b.rows.map((r) => `<tr>${cells(r, 'td', 'confluenceTd')}</tr>`)];
        return `<table class="confluenceTable"><tbody>${rows.join('')}</tbody></table>`;
      }
      case 'panel': {
        // Macro parameters are `key=value|key=value`: a pipe in the title would start a new parameter.
        const title = inlineText(b.title).replace(/[|=\s]+/g, ' ').trim();
        const params = title ? ` data-macro-parameters="title=${escapeHtml(title)}"` : '';
        const body = b.c.map((x) => this.block(x)).join('') || '<p></p>';
        return `<table class="wysiwyg-macro" data-macro-name="${PANEL_MACRO[b.kind]}"${params} data-macro-body-type="RICH_TEXT"><tbody><tr><td class="wysiwyg-macro-body">${body}</td></tr></tbody></table>`;
      }
      case 'codeblock':
        return `<pre>${escapeHtml(b.v)}</pre>`;
      case 'quote':
        return `<blockquote>${b.c.map((x) => this.block(x)).join('')}</blockquote>`;
      case 'rule':
        return '<hr>';
    }
  }
}

export function blocksToTinyMceHtml(blocks: Block[]): string {
  const writer = new TinyMceWriter();
  return blocks.map((b) => writer.block(b)).join('');
}
