import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { render, renderChecklist, renderPaste } from '../../utils/render';
import { parseAtlassianHtml } from '../fixtures/editors/atlassian-schema';
import { checklist, ctx, dom, tpl } from './render-test-helpers';

const ALL = `## Heading two
### Heading three

Para with **bold**, *italic*, ~~gone~~, \`mono\` and [a link](https://example.com/x).

- bullet one
- bullet two
  - nested bullet

3. third
4. fourth

- [ ] open task
- [x] done task

| Env | Result |
| --- | --- |
| Chrome | pass |

:::warning Watch out
Panel body.
:::

> quoted

\`\`\`ts
const x = 1;
\`\`\`

---
`;

const types = (doc: PMNode) => doc.content.content.map((n) => n.type.name);

describe('html (Atlassian paste HTML)', () => {
  const html = render(tpl(ALL), {}, 'html', ctx);
  const doc = parseAtlassianHtml(html);

  it('parses into real ADF-like nodes with the real ProseMirror schema', () => {
    expect(types(doc)).toEqual([
      'heading', 'heading', 'paragraph', 'bulletList', 'orderedList', 'taskList', 'table', 'panel', 'blockquote', 'codeBlock', 'rule',
    ]);
    expect(doc.child(0).attrs.level).toBe(2);
    expect(doc.child(1).attrs.level).toBe(3);
  });

  it('keeps marks and links', () => {
    const para = doc.child(2);
    const marked = (name: string) => {
      const out: string[] = [];
      para.forEach((n) => n.marks.some((m) => m.type.name === name) && out.push(n.text ?? ''));
      return out;
    };
    expect(marked('strong')).toEqual(['bold']);
    expect(marked('em')).toEqual(['italic']);
    expect(marked('strike')).toEqual(['gone']);
    expect(marked('code')).toEqual(['mono']);
    const link = para.content.content.find((n) => n.marks.some((m) => m.type.name === 'link'));
    expect(link?.marks.find((m) => m.type.name === 'link')?.attrs.href).toBe('https://example.com/x');
  });

  it('nests lists and keeps the ordered list start', () => {
    const bullets = doc.child(3);
    expect(bullets.childCount).toBe(2);
    expect(bullets.child(1).child(1).type.name).toBe('bulletList');
    expect(doc.child(4).attrs.order).toBe(3);
  });

  it('turns GFM task lists into taskList/taskItem with TODO/DONE state', () => {
    const tasks = doc.child(5);
    expect(tasks.content.content.map((t) => [t.type.name, t.attrs.state, t.textContent])).toEqual([
      ['taskItem', 'TODO', 'open task'],
      ['taskItem', 'DONE', 'done task'],
    ]);
  });

  it('builds tables with header cells and panels with their type', () => {
    const table = doc.child(6);
    expect(table.child(0).child(0).type.name).toBe('tableHeader');
    expect(table.child(1).child(1).type.name).toBe('tableCell');
    expect(table.child(1).child(1).textContent).toBe('pass');
    const panel = doc.child(7);
    expect(panel.attrs.panelType).toBe('warning');
    expect(panel.textContent).toBe('Watch outPanel body.');
    expect(doc.child(9).attrs.language).toBe('ts');
    expect(doc.child(9).textContent).toBe('const x = 1;');
  });

  it('is compact and marks the first element with data-pm-slice', () => {
    expect(html).not.toMatch(/>\s+</);
    expect(dom(html).firstElementChild?.getAttribute('data-pm-slice')).toBe('0 0 []');
  });

  it('keeps a leading panel a panel', () => {
    const out = render(tpl(':::info\nFirst block.\n:::'), {}, 'html', ctx);
    expect(dom(out).firstElementChild?.getAttribute('data-pm-slice')).toBe('0 0 []');
    expect(types(parseAtlassianHtml(out))).toEqual(['panel']);
  });

  it('supports nested task lists and all six panel types', () => {
    const nested = parseAtlassianHtml(render(tpl('- [ ] parent\n  - [x] child'), {}, 'html', ctx));
    expect(nested.child(0).child(1).type.name).toBe('taskList');
    expect(nested.child(0).child(1).child(0).attrs.state).toBe('DONE');
    for (const kind of ['info', 'note', 'tip', 'warning', 'error', 'success']) {
      const doc2 = parseAtlassianHtml(render(tpl(`:::${kind}\nx\n:::`), {}, 'html', ctx));
      expect(doc2.child(0).attrs.panelType).toBe(kind);
    }
  });

  it('leaves unknown panel types as text', () => {
    const doc2 = parseAtlassianHtml(render(tpl(':::danger\nx\n:::'), {}, 'html', ctx));
    expect(types(doc2)).toEqual(['paragraph']);
  });

  it('renderPaste gives the html and a plain-text companion', () => {
    const paste = renderPaste(tpl('## A\n\n- [x] b'), {}, ctx);
    expect(types(parseAtlassianHtml(paste.html))).toEqual(['heading', 'taskList']);
    expect(paste.text).toBe('## A\n\n- [x] b');
  });
});

describe('tinymce (Confluence DC)', () => {
  const root = dom(render(tpl(ALL), {}, 'tinymce', ctx));

  it('emits Confluence table classes and inline task lists', () => {
    expect(root.querySelectorAll('table.confluenceTable th.confluenceTh')).toHaveLength(2);
    expect(root.querySelectorAll('table.confluenceTable td.confluenceTd')).toHaveLength(2);
    const tasks = root.querySelectorAll('ul.inline-task-list > li');
    expect(Array.from(tasks, (li) => [li.getAttribute('data-inline-task-id'), li.classList.contains('checked'), li.textContent])).toEqual([
      ['1', false, 'open task'],
      ['2', true, 'done task'],
    ]);
  });

  it('emits headings, lists and a panel macro', () => {
    expect(root.querySelector('h2')?.textContent).toBe('Heading two');
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(root.querySelector('ul:not(.inline-task-list) > li > ul > li')?.textContent).toBe('nested bullet');
    const macro = root.querySelector('table.wysiwyg-macro');
    expect(macro?.getAttribute('data-macro-name')).toBe('note');
    expect(macro?.getAttribute('data-macro-parameters')).toBe('title=Watch out');
    expect(macro?.querySelector('td.wysiwyg-macro-body')?.textContent).toBe('Panel body.');
    expect(root.querySelector('pre')?.textContent).toBe('const x = 1;');
  });
});

describe('wiki (Jira wiki markup)', () => {
  const wiki = render(tpl(ALL), {}, 'wiki', ctx);

  it('renders every construct', () => {
    expect(wiki).toBe(
      [
        'h2. Heading two',
        'h3. Heading three',
        'Para with *bold*, _italic_, -gone-, {{mono}} and [a link|https://example.com/x].',
        '* bullet one\n* bullet two\n** nested bullet',
        '# third\n# fourth',
        '* (x) open task\n* (/) done task',
        '||Env||Result||\n|Chrome|pass|',
        '{panel:title=Watch out|bgColor=#FFFAE6}\nPanel body.\n{panel}',
        '{quote}\nquoted\n{quote}',
        '{code:ts}\nconst x = 1;\n{code}',
        '----',
      ].join('\n\n'),
    );
  });

  it('mixes ordered and bullet nesting', () => {
    expect(render(tpl('1. a\n   - b\n   - c\n2. d'), {}, 'wiki', ctx)).toBe('# a\n#* b\n#* c\n# d');
  });
});

describe('text', () => {
  it('is readable with [ ]/[x] task items', () => {
    const text = render(tpl(ALL), {}, 'text', ctx);
    expect(text).toContain('- [ ] open task\n- [x] done task');
    expect(text).toContain('## Heading two');
    expect(text).toContain('3. third\n4. fourth');
    expect(text).toContain('| Env | Result |\n| --- | --- |\n| Chrome | pass |');
    expect(text).toContain('> [WARNING] Watch out\n> Panel body.');
    expect(text).toContain('a link (https://example.com/x)');
  });
});

describe('renderChecklist', () => {
  const list = checklist(
    [
      { id: 'a', text: 'First item', mandatory: true },
      { id: 'b', text: 'Second item', mandatory: false },
    ],
    '## Definition of Done',
  );

  it('renders items as a task list with ticks', () => {
    const doc = parseAtlassianHtml(renderChecklist(list, { b: true }, 'html'));
    expect(types(doc)).toEqual(['heading', 'taskList']);
    expect(doc.child(1).content.content.map((t) => t.attrs.state)).toEqual(['TODO', 'DONE']);
    expect(renderChecklist(list, { a: true }, 'text')).toBe('## Definition of Done\n\n- [x] First item\n- [ ] Second item');
    expect(renderChecklist(list, { a: true }, 'wiki')).toBe('h2. Definition of Done\n\n* (/) First item\n* (x) Second item');
    const tiny = dom(renderChecklist(list, { a: true }, 'tinymce'));
    expect(Array.from(tiny.querySelectorAll('li.checked'), (li) => li.textContent)).toEqual(['First item']);
  });

  it('render() of a checklist shows nothing ticked', () => {
    expect(render(list, {}, 'text', ctx)).toBe('## Definition of Done\n\n- [ ] First item\n- [ ] Second item');
  });
});
