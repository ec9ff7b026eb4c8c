import { describe, expect, it } from 'vitest';
import { render, renderChecklist } from '../../utils/render';
import { sanitizeHtml } from '../../utils/render/sanitize';
import { parseTemplate, type TemplateDoc } from '../../utils/schemas/template';
import { xssCorpus } from '../fixtures/xss-corpus';
import { checklist, ctx, textField, tpl } from './render-test-helpers';

const ALLOWED_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'div', 'blockquote', 'pre', 'code',
  'table', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 's', 'a',
]);
const ALLOWED_ATTRS = new Set([
  'href', 'start', 'class', 'data-pm-slice', 'data-node-type', 'data-task-list-local-id', 'data-task-local-id',
  'data-task-state', 'data-panel-type', 'data-panel-content', 'data-language', 'data-inline-task-id',
  'data-macro-name', 'data-macro-parameters', 'data-macro-body-type',
]);
// Control characters and whitespace that browsers strip from URL schemes.
// eslint-disable-next-line no-control-regex
const compact = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();

/** Every reason this HTML would be unsafe in a Jira page; empty when inert. */
function problems(html: string): string[] {
  const box = document.createElement('template');
  box.innerHTML = html;
  const out: string[] = [];
  for (const el of Array.from(box.content.querySelectorAll('*'))) {
    const tag = el.localName;
    if (!ALLOWED_TAGS.has(tag)) out.push(`tag <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const value = compact(attr.value);
      if (attr.name.startsWith('on')) out.push(`handler ${attr.name}`);
      if (!ALLOWED_ATTRS.has(attr.name)) out.push(`attribute ${attr.name} on <${tag}>`);
      if (/(?:javascript|vbscript|data):/.test(value)) out.push(`url ${attr.name}=${attr.value}`);
      if (attr.name === 'href' && !/^(?:https?:|mailto:)/.test(value)) out.push(`href ${attr.value}`);
    }
  }
  return out;
}

/**
 * Wiki markup must not open a macro that renders raw HTML or frames. Text inside {code}/{noformat}
 * is literal in Jira (and the renderer neutralises closing tags inside it), so it is skipped.
 */
function wikiProblems(wiki: string): string[] {
  const outsideCode = wiki.replace(/\{(code|noformat)[^}]*\}[\s\S]*?\{\1\}/g, '');
  return /(^|[^\\])\{(html|iframe|script)/i.test(outsideCode) ? ['unescaped macro'] : [];
}

/** Markdown contexts a payload can sit in inside a template body. */
const bodies = (x: string) => [
  x,
  `## ${x}`,
  `- [ ] ${x}`,
  `| a |\n| - |\n| ${x} |`,
  `:::info ${x.replace(/\n/g, ' ')}\n${x}\n:::`,
  `[${x}](https://ok.example)`,
  `[x](${x})`,
  `![x](${x})`,
  `\`${x}\``,
  `\`\`\`\n${x}\n\`\`\``,
];

function check(label: string, template: TemplateDoc, values: Record<string, string>) {
  for (const format of ['html', 'tinymce'] as const) {
    expect(problems(render(template, values, format, ctx)), `${label} (${format})`).toEqual([]);
  }
  expect(wikiProblems(render(template, values, 'wiki', ctx)), `${label} (wiki)`).toEqual([]);
}

describe('hostile-HTML corpus', () => {
  it('has at least 50 payloads with unique ids', () => {
    expect(xssCorpus.length).toBeGreaterThanOrEqual(50);
    expect(new Set(xssCorpus.map((x) => x.id)).size).toBe(xssCorpus.length);
  });

  it('the checker itself catches what it should (so passing means something)', () => {
    expect(problems('<p onclick="x">a</p><script></script><a href="JaVa script:1">l</a><iframe></iframe>')).toEqual([
      'handler onclick',
      'attribute onclick on <p>',
      'tag <script>',
      'url href=JaVa script:1',
      'href JaVa script:1',
      'tag <iframe>',
    ]);
    expect(wikiProblems('a {html}x')).toEqual(['unescaped macro']);
    expect(wikiProblems('a \\{html\\}x')).toEqual([]);
    expect(wikiProblems('{noformat}\n{html}x{html}\n{noformat}')).toEqual([]);
    expect(wikiProblems('{noformat}\nx\n{noformat}{html}')).toEqual(['unescaped macro']);
  });

  it.each(xssCorpus.map((x) => [x.id, x.payload] as const))('%s is inert through every path', (_id, payload) => {
    bodies(payload).forEach((body, i) => check(`body context ${i}`, tpl(body), {}));

    const withField = tpl('{{v}}\n\n## {{v}}\n\n| a |\n| - |\n| {{v}} |\n\n:::note {{v}}\n{{v}}\n:::\n\n[{{v}}](https://ok.example/?q={{v}})\n\n`{{v}}`', [
      textField('v', { type: 'paragraph' }),
    ]);
    check('field value', withField, { v: payload });

    // As names: labels and template names are not rendered into the body, and are plain strings to the schema.
    const named = { ...withField, name: payload.slice(0, 80) || 'x', fields: [textField('v', { label: payload.slice(0, 80) || 'x' })] };
    check('names', named, { v: 'ok' });
    // As a field key the payload is rejected by the schema, never used as a placeholder name.
    expect(parseTemplate({ ...withField, fields: [textField(payload)] }).ok).toBe(false);

    // As checklist item text.
    const list = checklist([{ id: 'a', text: payload || 'x', mandatory: true }], payload);
    for (const format of ['html', 'tinymce'] as const) {
      expect(problems(renderChecklist(list, { a: true }, format, ctx)), `checklist (${format})`).toEqual([]);
    }
  });

  it.each(xssCorpus.map((x) => [x.id, x.payload] as const))('%s: the sanitiser alone neutralises it as raw HTML', (_id, payload) => {
    expect(problems(sanitizeHtml(payload))).toEqual([]);
  });

  it('placeholder-looking values are not substituted again, and prototype keys never resolve', () => {
    const t = tpl('{{v}} {{constructor}} {{toString}} {{hasOwnProperty}}', [textField('v')]);
    const values = { v: '{{issueKey}}', constructor: 'x', toString: 'y' };
    expect(render(t, values, 'text', ctx)).toBe('{{issueKey}} {{constructor}} {{toString}} {{hasOwnProperty}}');
  });
});
