/**
 * Atlassian editor paste HTML: exactly the shapes adf-schema's parse rules turn into real nodes
 * (atlassian-pages.md §5.1.2). Compact, no whitespace between tags, because `data-pm-slice`
 * switches ProseMirror to preserveWhitespace.
 */
import type { Block, Inline, TaskItem } from './ast';
import { escapeHtml } from './escape';

export function inlineHtml(c: Inline[]): string {
  return c
    .map((n) => {
      switch (n.t) {
        case 'text':
          return escapeHtml(n.v);
        case 'br':
          return '<br>';
        case 'code':
          return `<code>${escapeHtml(n.v)}</code>`;
        case 'strong':
          return `<strong>${inlineHtml(n.c)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(n.c)}</em>`;
        case 'del':
          return `<s>${inlineHtml(n.c)}</s>`;
        case 'link':
          return `<a href="${escapeHtml(n.href)}">${inlineHtml(n.c)}</a>`;
      }
    })
    .join('');
}

const para = (c: Inline[]) => `<p>${inlineHtml(c)}</p>`;

function tasks(items: TaskItem[]): string {
  const inner = items
    .map((item) => {
      const own = `<div data-task-local-id="" data-task-state="${item.done ? 'DONE' : 'TODO'}">${inlineHtml(item.c)}</div>`;
      // adf taskList content is (taskItem | taskList)+: nesting is a sibling list, not a child.
      return item.children.length ? own + tasks(item.children) : own;
    })
    .join('');
  return `<div data-node-type="actionList" data-task-list-local-id="">${inner}</div>`;
}

function listItem(blocks: Block[]): string {
  const first = blocks[0];
  // adf listItem must start with a paragraph (or code block).
  const lead = first && (first.t === 'para' || first.t === 'codeblock') ? '' : '<p></p>';
  return `<li>${lead}${blocks.map(block).join('')}</li>`;
}

function block(b: Block): string {
  switch (b.t) {
    case 'heading':
      return `<h${b.level}>${inlineHtml(b.c)}</h${b.level}>`;
    case 'para':
      return para(b.c);
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
      return `<${tag}${start}>${b.items.map(listItem).join('')}</${tag}>`;
    }
    case 'tasks':
      return tasks(b.items);
    case 'table': {
      const row = (cells: Inline[][], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}>${para(c)}</${tag}>`).join('')}</tr>`;
      return `<table><tbody>${row(b.head, 'th')}${b.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`;
    }
    case 'panel': {
      const title = b.title.length ? `<p><strong>${inlineHtml(b.title)}</strong></p>` : '';
      const body = title + b.c.map(block).join('');
      return `<div data-panel-type="${b.kind}"><div data-panel-content="true">${body || '<p></p>'}</div></div>`;
    }
    case 'codeblock':
      return `<pre${b.lang ? ` data-language="${escapeHtml(b.lang)}"` : ''}><code>${escapeHtml(b.v)}</code></pre>`;
    case 'quote':
      return `<blockquote>${b.c.map(block).join('')}</blockquote>`;
    case 'rule':
      return '<hr>';
  }
}

/** The first element carries data-pm-slice="0 0 []" so a leading panel is not unwrapped on paste. */
export function blocksToAtlassianHtml(blocks: Block[]): string {
  const html = blocks.map(block).join('');
  return html.replace(/^<([a-z0-9]+)/, '<$1 data-pm-slice="0 0 []"');
}
