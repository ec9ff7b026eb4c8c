/**
 * Jira wiki markup (Jira DC textarea path, atlassian-pages.md §3.3). All template and value text
 * is escaped, so a value like `*x*` or `{html}` stays literal.
 */
import type { Block, Inline, PanelType, TaskItem } from './ast';
import { inlineText } from './ast';

const PANEL_BG: Record<PanelType, string> = {
  info: '#DEEBFF',
  note: '#EAE6FF',
  tip: '#E3FCEF',
  success: '#E3FCEF',
  warning: '#FFFAE6',
  error: '#FFEBE6',
};

const ALWAYS = new Set(['*', '_', '+', '^', '~', '?', '{', '}', '[', ']', '|', '!']);
const WORD = /[\p{L}\p{N}]/u;
// Jira turns these into icons; an escaped "(" keeps them literal.
const EMOTICON = /^\((?:[xyni!?/*+-]|on|off|flag|flagoff|\*[rgby])\)/i;

export function escapeWiki(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '\\') out += '&#92;'; // "\\" would be a line break; the entity is a literal backslash
    else if (ALWAYS.has(ch)) out += `\\${ch}`;
    // A hyphen between letters ("follow-up") cannot start -strike- or a ---- rule.
    else if (ch === '-') out += WORD.test(s[i - 1] ?? '') && WORD.test(s[i + 1] ?? '') ? '-' : '\\-';
    else if (ch === '(' && EMOTICON.test(s.slice(i))) out += '\\(';
    else out += ch;
  }
  return out;
}

/** Jira only honours *x* when the markers hug the text, so surrounding spaces move outside. */
function wrap(mark: string, inner: string, close = mark): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) as RegExpExecArray;
  return m[2] ? `${m[1]}${mark}${m[2]}${close}${m[3]}` : inner;
}

export function inlineWiki(c: Inline[]): string {
  return c
    .map((n) => {
      switch (n.t) {
        case 'text':
          return escapeWiki(n.v);
        case 'br':
          return ' \\\\ ';
        case 'code':
          return wrap('{{', escapeWiki(n.v), '}}');
        case 'strong':
          return wrap('*', inlineWiki(n.c));
        case 'em':
          return wrap('_', inlineWiki(n.c));
        case 'del':
          return wrap('-', inlineWiki(n.c));
        case 'link': {
          const url = n.href.replace(/[|[\]]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
          const label = inlineWiki(n.c);
          return label && inlineText(n.c) !== n.href ? `[${label}|${url}]` : `[${url}]`;
        }
      }
    })
    .join('');
}

/** Text that starts a line must not read as a heading, quote or numbered list. */
function lineStart(s: string): string {
  return s.replace(/^(h[1-6]|bq)\./, '$1&#46;').replace(/^#/, '\\#');
}

function taskLines(items: TaskItem[], depth: number): string[] {
  // Jira wiki has no task list (§3.3). (x)/(/) are its closest visual substitute: open / done.
  return items.flatMap((item) => [
    `${'*'.repeat(depth)} ${item.done ? '(/)' : '(x)'} ${inlineWiki(item.c)}`,
    ...taskLines(item.children, depth + 1),
  ]);
}

function listLines(items: Block[][], prefix: string): string[] {
  return items.flatMap((blocks) => {
    const text: string[] = [];
    const nested: string[] = [];
    for (const b of blocks) {
      if (b.t === 'list') nested.push(...listLines(b.items, prefix + (b.ordered ? '#' : '*')));
      else if (b.t === 'tasks') nested.push(...taskLines(b.items, prefix.length + 1));
      else text.push(b.t === 'para' || b.t === 'heading' ? inlineWiki(b.c) : escapeWiki(blockText(b)));
    }
    return [`${prefix} ${text.join(' \\\\ ')}`, ...nested];
  });
}

function blockText(b: Block): string {
  if (b.t === 'codeblock') return b.v;
  if (b.t === 'para' || b.t === 'heading') return inlineText(b.c);
  return '';
}

function fence(tag: string, body: string): string {
  // Nothing inside {code}/{noformat} is interpreted except its own closing tag.
  return `{${tag}}\n${body.replace(/\{(code|noformat)/gi, '{ $1')}\n{${tag.split(':')[0]}}`;
}

function block(b: Block): string {
  switch (b.t) {
    case 'heading':
      return `h${b.level}. ${inlineWiki(b.c)}`;
    case 'para':
      return lineStart(inlineWiki(b.c));
    case 'list':
      return listLines(b.items, b.ordered ? '#' : '*').join('\n');
    case 'tasks':
      return taskLines(b.items, 1).join('\n');
    case 'table': {
      const cell = (c: Inline[]) => inlineWiki(c) || ' ';
      const head = `||${b.head.map(cell).join('||')}||`;
      return [head, ...b.rows.map((r) => `|${r.map(cell).join('|')}|`)].join('\n');
    }
    case 'panel': {
      const title = inlineText(b.title).replace(/[|{}\s]+/g, ' ').trim();
      const params = `${title ? `title=${title}|` : ''}bgColor=${PANEL_BG[b.kind]}`;
      return `{panel:${params}}\n${blocksToWiki(b.c)}\n{panel}`;
    }
    case 'codeblock': {
      const lang = b.lang.replace(/[^\w+#-]/g, '');
      return lang ? fence(`code:${lang}`, b.v) : fence('noformat', b.v);
    }
    case 'quote':
      return `{quote}\n${blocksToWiki(b.c)}\n{quote}`;
    case 'rule':
      return '----';
  }
}

export function blocksToWiki(blocks: Block[]): string {
  return blocks.map(block).join('\n\n');
}
