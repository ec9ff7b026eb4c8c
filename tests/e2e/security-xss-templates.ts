/**
 * The XSS corpus (tests/fixtures/xss-corpus.ts) as template libraries and checks, shared by the browser suite
 * (security-xss.e2e.ts) and the policy unit test. Each payload is tried twice: as written (it calls alert, which
 * the trap replaces) and with `alert(1)` swapped for `window.__pwned=true`; remote URLs point at a trap route.
 */
import { LIBRARY_SCHEMA_ID } from '../../utils/schemas/template';
import { xssCorpus } from '../fixtures/xss-corpus';

export const TRAP_PATH = '/__xss-trap';
export const MARKER = 'XSS-CORPUS-START';

export interface Variant {
  id: string;
  payload: string;
}

export function xssVariants(trapOrigin: string): Variant[] {
  return xssCorpus.flatMap(({ id, payload }) => {
    const trapped = payload.replaceAll('https://evil.example/', `${trapOrigin}${TRAP_PATH}/`);
    return [
      { id, payload: trapped },
      { id: `${id}/pwn`, payload: trapped.replaceAll('alert(1)', 'window.__pwned=true') },
    ];
  });
}

/** Every payload in the Markdown contexts a template body offers, after a marker the tests look for. */
export function xssBody(variants: readonly Variant[]): string {
  const blocks = variants.map(({ payload }) => {
    const line = payload.replace(/\n/g, ' ');
    return [payload, `- ${line}`, `| a |\n| - |\n| ${line} |`, `[link](${line})`].join('\n\n');
  });
  return [`# ${MARKER}`, '{{payload}}', ...blocks].join('\n\n');
}

export function xssLibrary(variants: readonly Variant[], id: string, name: string) {
  return {
    schema: LIBRARY_SCHEMA_ID,
    templates: [
      {
        id,
        kind: 'template',
        version: 1,
        name,
        description: '<img src=x onerror="window.__pwned=true"> description',
        tags: ['<svg onload=window.__pwned=true>'],
        owner: '<script>window.__pwned=true</script>',
        updatedAt: '2026-01-01T00:00:00Z',
        body: xssBody(variants),
        fields: [
          {
            key: 'payload',
            label: 'Payload',
            type: 'paragraph',
            required: false,
            default: variants.slice(0, 12).map((v) => v.payload).join(' ').slice(0, 2000),
            help: '<a href="javascript:window.__pwned=true">help</a>',
          },
        ],
        scope: {},
        source: 'personal',
      },
    ],
  };
}

/**
 * Runs in a page: every way HTML could execute under `root` (and the shadow roots of our hosts in it).
 * Self-contained so Playwright can serialise it.
 */
export function activeContent(root: ParentNode): string[] {
  const out: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      const tag = el.localName;
      if (['script', 'iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet', 'portal'].includes(tag)) out.push(`<${tag}>`);
      if (tag === 'meta' && el.hasAttribute('http-equiv')) out.push('<meta http-equiv>');
      for (const attr of Array.from(el.attributes)) {
        // eslint-disable-next-line no-control-regex
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (attr.name.startsWith('on')) out.push(`${attr.name} on <${tag}>`);
        if (/^(?:javascript|vbscript|data):/.test(value) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(attr.name)) {
          out.push(`${attr.name}=${attr.value.slice(0, 40)} on <${tag}>`);
        }
        if (attr.name === 'srcdoc') out.push(`srcdoc on <${tag}>`);
      }
      if (el.shadowRoot && el.hasAttribute('data-pops')) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}
