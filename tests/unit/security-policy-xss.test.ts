/**
 * Issue 8 part 3: the XSS corpus through the managed-policy path, which the browser suite cannot reach (a real
 * policy needs an installed enterprise policy). Admin templates are parsed by parsePolicy, merged on top of
 * every other source and rendered for each editor; none of the output may carry active content.
 */
import { describe, expect, it } from 'vitest';
import { mergeLibrary } from '../../utils/library/merge';
import { parsePolicy } from '../../utils/library/policy';
import { render } from '../../utils/render';
import { activeContent, xssLibrary, xssVariants } from '../e2e/security-xss-templates';
import { ctx } from './render-test-helpers';

const variants = xssVariants('https://trap.example');

function inert(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return activeContent(box);
}

describe('XSS corpus through a managed policy', () => {
  const policy = parsePolicy({ templates: xssLibrary(variants, 'xss-policy', 'XSS policy') });
  const managed = policy.enforced.templates ?? [];

  it('the policy parses (the payloads are data, not schema errors) and the template is marked managed', () => {
    expect(policy.problems).toEqual([]);
    expect(managed.map((t) => [t.id, t.source])).toEqual([['xss-policy', 'managed']]);
  });

  it('wins the merge and renders inert in every format, with field defaults and with every payload typed as a value', { timeout: 120_000 }, () => {
    const { templates } = mergeLibrary({ managed, 'team-url': [], personal: [], builtin: [] });
    const template = templates.find((t) => t.id === 'xss-policy')!;
    // Field defaults, then every payload at once as the typed value (one render per set keeps this fast).
    const valueSets = [{}, { payload: variants.map((v) => v.payload).join('\n\n') }];
    let rendered = 0;
    for (const values of valueSets) {
      for (const format of ['html', 'tinymce'] as const) {
        expect(inert(render(template, values, format, ctx)), `${format} ${JSON.stringify(values).slice(0, 80)}`).toEqual([]);
        rendered += 1;
      }
      expect(render(template, values, 'wiki', ctx)).not.toMatch(/(^|[^\\])\{(html|iframe|script)/i);
    }
    expect(rendered).toBe(4);
  });

  it('the check itself catches active content', () => {
    expect(inert('<p onclick="x">a</p><script></script><a href=" javascript:1">l</a><iframe></iframe>')).toEqual([
      'onclick on <p>',
      '<script>',
      'href= javascript:1 on <a>',
      '<iframe>',
    ]);
  });
});
