/**
 * Reduces an editor's own document to the structure a template must produce, so one assertion
 * fits ProseMirror JSON, TinyMCE's content and wiki markup alike.
 */
import { expect } from 'vitest';

export interface Structure {
  headings: string[];
  orderedLists: number;
  tables: number;
  taskItems: number;
  doneTaskItems: number;
}

interface PMNode {
  type: string;
  attrs?: Record<string, unknown>;
  text?: string;
  content?: PMNode[];
}

const textOf = (node: PMNode): string => node.text ?? (node.content ?? []).map(textOf).join('');

export function fromProseMirror(doc: PMNode): Structure {
  const out: Structure = { headings: [], orderedLists: 0, tables: 0, taskItems: 0, doneTaskItems: 0 };
  const walk = (node: PMNode) => {
    if (node.type === 'heading') out.headings.push(textOf(node));
    if (node.type === 'orderedList') out.orderedLists++;
    if (node.type === 'table') out.tables++;
    if (node.type === 'taskItem') {
      out.taskItems++;
      if (node.attrs?.state === 'DONE') out.doneTaskItems++;
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return out;
}

/** Runs in the page: TinyMCE's getContent() parsed as a document. */
export function fromTinyMceInPage(html: string): Structure {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const items = [...doc.querySelectorAll('ul.inline-task-list > li')];
  return {
    headings: [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent ?? ''),
    orderedLists: doc.querySelectorAll('ol').length,
    tables: doc.querySelectorAll('table').length,
    taskItems: items.length,
    doneTaskItems: items.filter((li) => li.classList.contains('checked')).length,
  };
}

/** Jira wiki markup: `h2.` headings, `#` numbered items, `||` header rows, `(x)`/`(/)` task substitutes. */
export function fromWiki(markup: string): Structure {
  const lines = markup.split('\n');
  let orderedLists = 0;
  let inOrdered = false;
  for (const line of lines) {
    const ordered = /^#+ /.test(line);
    if (ordered && !inOrdered) orderedLists++;
    inOrdered = ordered;
  }
  const tasks = lines.filter((line) => /^\*+ \((x|\/)\) /.test(line));
  return {
    headings: lines.filter((l) => /^h[1-6]\. /.test(l)).map((l) => l.replace(/^h[1-6]\. /, '')),
    orderedLists,
    tables: lines.filter((l, i) => l.startsWith('||') && !lines[i - 1]?.startsWith('|')).length,
    taskItems: tasks.length,
    doneTaskItems: tasks.filter((line) => line.includes('(/)')).length,
  };
}

/** What each template the suites insert must bring into any editor's document. */
export const expectTemplateStructure: Record<'Bug report' | 'Product requirements', (s: Structure) => void> = {
  'Bug report': (s) => {
    expect(s.headings).toEqual(expect.arrayContaining(['Summary', 'Steps to reproduce', 'Expected result', 'Environment']));
    expect(s.orderedLists).toBeGreaterThanOrEqual(1);
    expect(s.tables).toBeGreaterThanOrEqual(1);
  },
  'Product requirements': (s) => {
    expect(s.headings).toEqual(expect.arrayContaining(['Problem', 'Goals and non-goals']));
    expect(s.tables).toBeGreaterThanOrEqual(2);
  },
};
