/**
 * Markdown → renderer tree. marked does all the Markdown parsing (GFM tables and task lists,
 * plus the panel extension); this file only walks its tokens and fills placeholders into leaves.
 * Raw HTML in a template is shown as literal text (except <br>), never passed through.
 */
import { Lexer, type MarkedOptions, type Token, type Tokens } from 'marked';
import type { Block, Inline, TaskItem } from './ast';
import { decodeEntities, safeHref } from './escape';
import { panelExtension, type PanelToken } from './panel-extension';
import { fillString, splitPlaceholders, type Lookup } from './placeholders';

const LEXER_OPTIONS: MarkedOptions = {
  gfm: true,
  extensions: {
    block: [panelExtension.tokenizer],
    startBlock: [panelExtension.start!],
    renderers: {},
    childTokens: {},
  },
};

const BR_TAG = /^<br\s*\/?>$/i;

/** Template prose: soft line breaks are spaces. Values: their own newlines become hard breaks. */
export function fillText(text: string, lookup: Lookup): Inline[] {
  const out: Inline[] = [];
  for (const seg of splitPlaceholders(text)) {
    const value = 'key' in seg ? lookup(seg.key) : undefined;
    if (!('key' in seg)) out.push({ t: 'text', v: seg.text.replace(/\n/g, ' ') });
    else if (value === undefined) out.push({ t: 'text', v: seg.raw });
    else {
      value.split(/\r?\n/).forEach((line, i) => {
        if (i > 0) out.push({ t: 'br' });
        out.push({ t: 'text', v: line });
      });
    }
  }
  return out;
}

class Converter {
  constructor(private readonly lookup: Lookup) {}

  inline(tokens: readonly Token[] = []): Inline[] {
    return tokens.flatMap((tok) => this.inlineToken(tok));
  }

  private inlineToken(tok: Token): Inline[] {
    switch (tok.type) {
      case 'text':
        return 'tokens' in tok && tok.tokens ? this.inline(tok.tokens) : fillText(decodeEntities(tok.text), this.lookup);
      case 'escape':
        return [{ t: 'text', v: tok.text }];
      case 'html':
        return BR_TAG.test(tok.text.trim()) ? [{ t: 'br' }] : [{ t: 'text', v: tok.text }];
      case 'strong':
      case 'em':
      case 'del':
        return [{ t: tok.type, c: this.inline(tok.tokens) }];
      case 'codespan':
        return [{ t: 'code', v: fillString(decodeEntities(tok.text), this.lookup) }];
      case 'br':
        return [{ t: 'br' }];
      case 'link':
      case 'image': {
        const href = safeHref(fillString(tok.href, this.lookup, encodeURIComponent));
        // Images cannot be pasted as media (they need an upload), so they become links to the source.
        const label = tok.type === 'image' ? fillText(decodeEntities(tok.text || tok.href), this.lookup) : this.inline(tok.tokens);
        return href ? [{ t: 'link', href, c: label }] : label;
      }
      default:
        return [];
    }
  }

  blocks(tokens: readonly Token[]): Block[] {
    return tokens.flatMap((tok) => this.block(tok));
  }

  private block(tok: Token): Block[] {
    switch (tok.type) {
      case 'heading':
        return [{ t: 'heading', level: tok.depth, c: this.inline(tok.tokens) }];
      case 'paragraph':
      case 'text':
        return [{ t: 'para', c: 'tokens' in tok && tok.tokens ? this.inline(tok.tokens) : fillText(tok.text, this.lookup) }];
      case 'list':
        return [this.list(tok as Tokens.List)];
      case 'table': {
        const table = tok as Tokens.Table;
        return [
          {
            t: 'table',
            head: table.header.map((cell) => this.inline(cell.tokens)),
            rows: table.rows.map((row) => row.map((cell) => this.inline(cell.tokens))),
          },
        ];
      }
      case 'blockquote':
        return [{ t: 'quote', c: this.blocks(tok.tokens ?? []) }];
      case 'code':
        return [{ t: 'codeblock', lang: (tok.lang ?? '').split(/\s/)[0] ?? '', v: fillString(tok.text, this.lookup) }];
      case 'hr':
        return [{ t: 'rule' }];
      case 'html': {
        const lines: string[] = String(tok.text).trim().split('\n');
        return [{ t: 'para', c: lines.flatMap((v, i): Inline[] => (i ? [{ t: 'br' }, { t: 'text', v }] : [{ t: 'text', v }])) }];
      }
      case 'panel': {
        const panel = tok as PanelToken;
        return [{ t: 'panel', kind: panel.kind, title: fillText(panel.title, this.lookup), c: this.blocks(panel.tokens as Token[]) }];
      }
      default:
        return [];
    }
  }

  /** A list with any task item is a task list: Atlassian task items hold inline content only. */
  private list(list: Tokens.List): Block {
    if (list.items.some((item) => item.task)) return { t: 'tasks', items: this.taskItems(list) };
    const start = typeof list.start === 'number' ? list.start : 1;
    return { t: 'list', ordered: list.ordered, start, items: list.items.map((item) => this.blocks(item.tokens)) };
  }

  private taskItems(list: Tokens.List): TaskItem[] {
    return list.items.map((item) => {
      const c: Inline[] = [];
      const children: TaskItem[] = [];
      for (const tok of item.tokens) {
        if (tok.type === 'list') children.push(...this.taskItems(tok as Tokens.List));
        else if (tok.type === 'text' || tok.type === 'paragraph') {
          if (c.length) c.push({ t: 'br' });
          c.push(...this.inline((tok as Tokens.Paragraph).tokens));
        }
      }
      return { done: item.checked === true, c, children };
    });
  }
}

export function markdownToBlocks(markdown: string, lookup: Lookup): Block[] {
  const tokens = new Lexer(LEXER_OPTIONS).lex(markdown);
  return new Converter(lookup).blocks(tokens);
}
