/**
 * Issue 8 §5, template Markdown and fields: arbitrary bodies built from every construct the renderer knows
 * (and hostile text in between), arbitrary field definitions and values. Rendering never throws in any
 * format, HTML output only ever holds the sanitiser's allow-list, and arbitrary template objects either
 * parse or get path-precise errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render, renderChecklist, type RenderFormat } from '@/utils/render';
import { parseTemplate, type Checklist, type TemplateField } from '@/utils/schemas/template';
import { xssCorpus } from '../fixtures/xss-corpus';
import { checklist, ctx, tpl } from './render-test-helpers';
import { RUNS, expectPathPrecise, mutated } from './property-arbitraries';
import { sampleTemplate } from './library-fixtures';

const FORMATS: RenderFormat[] = ['html', 'tinymce', 'wiki', 'text'];
const TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'div', 'blockquote', 'pre', 'code', 'table', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 's', 'a']);
// eslint-disable-next-line no-control-regex
const compact = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();

/** Everything in rendered HTML outside the allow-list (utils/render/sanitize.ts); empty when inert. */
function unsafe(html: string): string[] {
  const box = document.createElement('template');
  box.innerHTML = html;
  return Array.from(box.content.querySelectorAll('*')).flatMap((el) => [
    ...(TAGS.has(el.localName) ? [] : [`<${el.localName}>`]),
    ...Array.from(el.attributes)
      .filter((a) => a.name.startsWith('on') || !(a.name === 'class' || a.name === 'href' || a.name === 'start' || a.name.startsWith('data-'))
        || /(?:javascript|vbscript|data):/.test(compact(a.value)) || (a.name === 'href' && !/^(?:https?:|mailto:)/.test(compact(a.value))))
      .map((a) => `${a.name}="${a.value}" on <${el.localName}>`),
  ]);
}

const keyArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/);
const hostile = fc.constantFrom(...xssCorpus.map((x) => x.payload));
const textArb = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }), hostile);
const inline = fc.oneof(
  textArb,
  keyArb.map((k) => `{{${k}}}`),
  fc.constantFrom('{{date}}', '{{issueKey}}', '{{user}}', '{{', '}}', '**b**', '_i_', '~~s~~', '`c`', '[l](https://x.example)', '[l](javascript:alert(1))', '<b>x</b>', '&amp;', '\\'),
);
const line = fc.array(inline, { maxLength: 4 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  line,
  fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n')),
  fc.array(fc.tuple(fc.boolean(), line), { minLength: 1, maxLength: 3 }).map((ls) => ls.map(([d, l]) => `- [${d ? 'x' : ' '}] ${l}`).join('\n')),
  fc.tuple(line, line).map(([a, b]) => `| ${a} | x |\n| --- | --- |\n| ${b} |`),
  fc.tuple(fc.constantFrom('info', 'note', 'tip', 'warning', 'error', 'success', 'bogus'), line, line).map(([kind, title, body]) => `:::${kind} ${title}\n${body}\n:::`),
  fc.tuple(fc.constantFrom('', 'js', '</code>', 'x y'), line).map(([lang, l]) => `\`\`\`${lang}\n${l}\n\`\`\``),
  fc.constantFrom('---', '> quote', '  - nested', '\t', ':::', '```', '|', '<script>alert(1)</script>'),
);
const body = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'));

const fieldArb: fc.Arbitrary<TemplateField> = fc.record(
  {
    key: keyArb,
    label: fc.string({ minLength: 1, maxLength: 20 }),
    type: fc.constantFrom('text', 'paragraph', 'select', 'date', 'number'),
    options: fc.array(textArb, { minLength: 1, maxLength: 3 }),
    default: textArb,
    required: fc.boolean(),
  },
  { requiredKeys: ['key', 'label', 'type', 'required'] },
) as fc.Arbitrary<TemplateField>;
const valuesArb = fc.dictionary(keyArb, fc.oneof(textArb, fc.constant(undefined)), { maxKeys: 6 });

function renderAll(make: (format: RenderFormat) => string): void {
  for (const format of FORMATS) {
    const out = make(format);
    expect(typeof out).toBe('string');
    if (format === 'html' || format === 'tinymce') expect(unsafe(out), `${format} output stays inside the allow-list`).toEqual([]);
  }
}

describe('rendering arbitrary templates', () => {
  it('the allow-list check catches what it should (so passing means something)', () => {
    expect(unsafe('<p onclick="x">a</p><img src=x><a href="java\tscript:1">l</a><iframe></iframe><p style="x">s</p>')).toEqual([
      'onclick="x" on <p>', '<img>', 'src="x" on <img>', 'href="java\tscript:1" on <a>', '<iframe>', 'style="x" on <p>',
    ]);
  });

  it('any body, fields and values render in every format without throwing; HTML stays inert', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(body, fc.array(fieldArb, { maxLength: 4 }), valuesArb, (markdown, fields, values) => {
        // The renderer takes what the schema let through, so field rules are applied first.
        const template = tpl(markdown, fields);
        if (!parseTemplate(template).ok) template.fields = [];
        renderAll((format) => render(template, values, format, ctx));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('any checklist (items, ticks, body) renders in every format; HTML stays inert', { timeout: 120_000 }, () => {
    const items = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,6}$/), text: textArb.filter((t) => t.trim() !== ''), mandatory: fc.boolean() }), {
      minLength: 1,
      maxLength: 5,
      selector: (item) => item.id,
    });
    fc.assert(
      fc.property(items, body, fc.dictionary(fc.string({ maxLength: 6 }), fc.boolean()), valuesArb, (list, markdown, ticks, values) => {
        const doc: Checklist = checklist(list, markdown);
        renderAll((format) => renderChecklist(doc, ticks, format, ctx, values));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('template objects', () => {
  const valid = [
    sampleTemplate('brief', { fields: [{ key: 'goal', label: 'Goal', type: 'select', options: ['a', 'b'], default: 'a', required: true }], scope: { products: ['jira'], projectKeys: ['ABC'] } }),
    { ...sampleTemplate('dor'), kind: 'checklist', items: [{ id: 'a', text: 'Acceptance criteria', mandatory: true, help: 'Given/when/then' }] },
  ];

  it.each(valid.map((t) => [t.kind, t] as const))('a mutated %s either parses or gets path-precise errors rooted at template', (_kind, example) => {
    expect(parseTemplate(example, 'template').ok).toBe(true);
    fc.assert(
      fc.property(mutated(example), (input) => {
        const result = parseTemplate(input, 'template');
        if (!result.ok) expectPathPrecise(result.errors, 'template');
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
