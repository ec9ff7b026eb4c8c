/**
 * Readable plain text: the text/plain paste companion and the copy-as-text format. It is close
 * to Markdown on purpose, because the Atlassian editor parses a text-only paste as Markdown.
 */
import type { Block, Inline, TaskItem } from './ast';
import { inlineText } from './ast';

function inline(c: Inline[]): string {
  return c
    .map((n) => {
      if (n.t === 'link') {
        const label = inline(n.c);
        return label && label !== n.href ? `${label} (${n.href})` : n.href;
      }
      return n.t === 'text' || n.t === 'code' ? n.v : n.t === 'br' ? '\n' : inline(n.c);
    })
    .join('');
}

const indent = (s: string, pad: string) => s.split('\n').join(`\n${pad}`);

function taskLines(items: TaskItem[], pad: string): string[] {
  return items.flatMap((item) => [
    `${pad}- [${item.done ? 'x' : ' '}] ${indent(inline(item.c), `${pad}      `)}`,
    ...taskLines(item.children, `${pad}  `),
  ]);
}

function block(b: Block): string {
  switch (b.t) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.c)}`;
    case 'para':
      return inline(b.c);
    case 'list':
      return b.items
        .map((blocks, i) => {
          const marker = b.ordered ? `${b.start + i}. ` : '- ';
          return marker + indent(blocks.map(block).join('\n'), ' '.repeat(marker.length));
        })
        .join('\n');
    case 'tasks':
      return taskLines(b.items, '').join('\n');
    case 'table': {
      const row = (cells: Inline[][]) => `| ${cells.map((c) => inline(c).replace(/\n/g, ' ')).join(' | ')} |`;
      return [row(b.head), `|${b.head.map(() => ' --- |').join('')}`, ...b.rows.map(row)].join('\n');
    }
    case 'panel': {
      const title = inlineText(b.title);
      const head = `[${b.kind.toUpperCase()}]${title ? ` ${title}` : ''}`;
      return [head, blocksToText(b.c)].filter(Boolean).join('\n').replace(/^/gm, '> ');
    }
    case 'codeblock':
      return `\`\`\`${b.lang}\n${b.v}\n\`\`\``;
    case 'quote':
      return blocksToText(b.c).replace(/^/gm, '> ');
    case 'rule':
      return '---';
  }
}

export function blocksToText(blocks: Block[]): string {
  return blocks.map(block).join('\n\n');
}
