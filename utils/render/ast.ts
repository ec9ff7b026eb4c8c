/**
 * The renderer's own small document tree. Markdown (via marked) is converted into it once, with
 * placeholders already filled as plain text, and each output format serialises it. Values only
 * ever live in `text`/`code` leaves, so no format can reinterpret them as markup.
 */
export const PANEL_TYPES = ['info', 'note', 'tip', 'warning', 'error', 'success'] as const;
export type PanelType = (typeof PANEL_TYPES)[number];

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'br' }
  | { t: 'code'; v: string }
  | { t: 'strong' | 'em' | 'del'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export interface TaskItem {
  done: boolean;
  c: Inline[];
  children: TaskItem[];
}

export type Block =
  | { t: 'heading'; level: number; c: Inline[] }
  | { t: 'para'; c: Inline[] }
  | { t: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { t: 'tasks'; items: TaskItem[] }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { t: 'panel'; kind: PanelType; title: Inline[]; c: Block[] }
  | { t: 'codeblock'; lang: string; v: string }
  | { t: 'quote'; c: Block[] }
  | { t: 'rule' };

/** The visible text of inline content, for plain-text fallbacks and tests. */
export function inlineText(c: Inline[]): string {
  return c.map((n) => (n.t === 'text' || n.t === 'code' ? n.v : n.t === 'br' ? '\n' : inlineText(n.c))).join('');
}
