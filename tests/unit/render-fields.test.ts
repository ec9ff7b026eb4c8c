import { describe, expect, it } from 'vitest';
import { findPlaceholders, render, requiredSectionsOf } from '../../utils/render';
import { escapeWiki } from '../../utils/render/wiki';
import { parseAtlassianHtml } from '../fixtures/editors/atlassian-schema';
import { ctx, dom, textField, tpl } from './render-test-helpers';

describe('placeholders', () => {
  it('findPlaceholders lists names once, in order, tolerating inner spaces', () => {
    expect(findPlaceholders('{{b}} {{ a }} {{b}} {{not valid}} {{9x}} {x}')).toEqual(['b', 'a']);
  });

  it('fills built-ins from the context and fields from values, then defaults', () => {
    const t = tpl('{{date}} {{user}} {{issueKey}} {{projectKey}} {{issueType}} {{sev}} {{env}}', [
      textField('sev', { default: 'Low' }),
      textField('env', { default: 'Prod' }),
    ]);
    expect(render(t, { env: 'Staging' }, 'text', ctx)).toBe('2025-06-02 Ada Lovelace PROJ-7 PROJ Story Low Staging');
  });

  it('keeps unknown, undeclared and unfilled placeholders visible', () => {
    const t = tpl('{{pageTitle}} {{nope}} {{empty}} {{due_date}}', [textField('empty'), textField('due_date')]);
    // A value for an undeclared key must not fill it.
    expect(render(t, { empty: '  ', nope: 'x' }, 'text', ctx)).toBe('{{pageTitle}} {{nope}} {{empty}} {{due_date}}');
    expect(render(t, { due_date: '2025-07-01' }, 'text', ctx)).toBe('{{pageTitle}} {{nope}} {{empty}} 2025-07-01');
  });

  it('fills placeholders in headings, cells, panel titles, link URLs and code', () => {
    const t = tpl(
      '## For {{issueKey}}\n\n| K | V |\n| - | - |\n| key | {{issueKey}} |\n\n:::info About {{issueKey}}\nx\n:::\n\n[open](https://jira.example.com/browse/{{issueKey}}?q={{q}})\n\n`{{issueKey}}`',
      [textField('q')],
    );
    const doc = parseAtlassianHtml(render(t, { q: 'a b&c' }, 'html', ctx));
    expect(doc.child(0).textContent).toBe('For PROJ-7');
    expect(doc.child(1).child(1).child(1).textContent).toBe('PROJ-7');
    expect(doc.child(2).textContent).toBe('About PROJ-7x');
    const link = doc.child(3).firstChild?.marks[0];
    expect(link?.attrs.href).toBe('https://jira.example.com/browse/PROJ-7?q=a%20b%26c');
    expect(doc.child(4).textContent).toBe('PROJ-7');
  });

  it('turns newlines in paragraph values into hard breaks, not new blocks', () => {
    const t = tpl('Steps: {{steps}}', [textField('steps', { type: 'paragraph' })]);
    const doc = parseAtlassianHtml(render(t, { steps: 'one\ntwo' }, 'html', ctx));
    expect(doc.childCount).toBe(1);
    expect(doc.child(0).content.content.map((n) => n.type.name)).toEqual(['text', 'hardBreak', 'text']);
    expect(render(t, { steps: 'one\ntwo' }, 'wiki', ctx)).toBe('Steps: one \\\\ two');
  });
});

describe('values are text in every format', () => {
  const hostile = '<script>alert(1)</script> *bold* _it_ {{issueKey}} [x|javascript:alert(1)] {html}<b>x</b>{html} | ## h';
  const t = tpl('Value: {{v}}\n\n| A |\n| - |\n| {{v}} |', [textField('v')]);

  it('html: the value is one text node, no markup, no substitution inside it', () => {
    const root = dom(render(t, { v: hostile }, 'html', ctx));
    expect(root.querySelector('script, b, strong, em')).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe(`Value: ${hostile}`);
    expect(root.querySelector('td')?.textContent).toBe(hostile);
  });

  it('tinymce: same', () => {
    const root = dom(render(t, { v: hostile }, 'tinymce', ctx));
    expect(root.querySelector('script, b, strong, em')).toBeNull();
    expect(root.querySelector('td')?.textContent).toBe(hostile);
  });

  it('wiki: markup characters are escaped', () => {
    const wiki = render(t, { v: hostile }, 'wiki', ctx);
    expect(wiki).toContain(
      'Value: <script>alert(1)</script> \\*bold\\* \\_it\\_ \\{\\{issueKey\\}\\} \\[x\\|javascript:alert(1)\\] \\{html\\}<b>x</b>\\{html\\} \\| ## h',
    );
    expect(wiki).toContain('|<script>alert(1)</script> \\*bold\\*');
  });

  it('wiki escaping keeps ordinary text readable and neutralises line-start markup', () => {
    expect(escapeWiki('follow-up for a-b')).toBe('follow-up for a-b');
    expect(escapeWiki('- a -- b ----')).toBe('\\- a \\-\\- b \\-\\-\\-\\-');
    expect(escapeWiki('C:\\temp (x) (optional) (/)')).toBe('C:&#92;temp \\(x) (optional) \\(/)');
    expect(render(tpl('{{v}}', [textField('v')]), { v: 'h1. Big' }, 'wiki', ctx)).toBe('h1&#46; Big');
    expect(render(tpl('{{v}}', [textField('v')]), { v: '# one' }, 'wiki', ctx)).toBe('\\# one');
  });

  it('text: the value is verbatim', () => {
    expect(render(tpl('{{v}}', [textField('v')]), { v: hostile }, 'text', ctx)).toBe(hostile);
  });
});

describe('template text', () => {
  it('shows raw HTML in a template as text (except <br>)', () => {
    const root = dom(render(tpl('a<br>b <b>c</b>\n\n<div onclick="x">block</div>'), {}, 'html', ctx));
    expect(root.querySelector('b, [onclick]')).toBeNull();
    expect(root.querySelectorAll('br')).toHaveLength(1);
    expect(root.textContent).toContain('<b>c</b>');
    expect(root.textContent).toContain('<div onclick="x">block</div>');
  });

  it('drops links whose URL is not absolute http(s) or mailto, keeping their text', () => {
    const md = '[a](javascript:alert(1)) [b](/relative) [c](mailto:x@y.z) ![img](https://e.com/i.png) ![bad](data:image/png;base64,AA)';
    const root = dom(render(tpl(md), {}, 'html', ctx));
    expect(Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual(['mailto:x@y.z', 'https://e.com/i.png']);
    expect(root.textContent).toBe('a b c img bad');
  });

  it('decodes entities once', () => {
    expect(render(tpl('Fish &amp; chips &lt;3 &#x1F600; &bogus;'), {}, 'text', ctx)).toBe('Fish & chips <3 😀 &bogus;');
    expect(dom(render(tpl('a &amp;lt; b'), {}, 'html', ctx)).textContent).toBe('a &lt; b');
  });
});

describe('requiredSectionsOf', () => {
  it('defaults to the h2 headings, filled', () => {
    const t = tpl('# Title\n\n## One\n\n### Sub\n\n## Release {{v}}', [textField('v')]);
    expect(requiredSectionsOf(t, { v: '2.4' })).toEqual(['One', 'Release 2.4']);
    expect(requiredSectionsOf({ ...t, requiredSections: ['Only'] })).toEqual(['Only']);
  });
});
