/**
 * Last line of defence for every HTML output. The serialisers already escape all text, but
 * templates arrive from imports, policies and team URLs, so the final string goes through
 * DOMPurify with an allow-list of exactly the tags, attributes and attribute values we emit.
 * Uses its own DOMPurify instance so our hook never affects other DOMPurify users.
 */
import createDOMPurify, { type DOMPurify, type UponSanitizeAttributeHookEvent } from 'dompurify';

const TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'div', 'blockquote', 'pre', 'code',
  'table', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 's', 'a',
];

const ID = /^[\w-]{0,64}$/;
type Rule = { tags: readonly string[]; ok: (value: string) => boolean };
const oneOf = (...values: string[]) => (v: string) => values.includes(v);

/** Attribute → where it may appear and which values it may hold. */
const ATTRS: Record<string, Rule> = {
  href: { tags: ['a'], ok: (v) => /^(?:https?:\/\/|mailto:)/i.test(v) },
  start: { tags: ['ol'], ok: (v) => /^\d{1,6}$/.test(v) },
  'data-pm-slice': { tags: TAGS, ok: oneOf('0 0 []') },
  'data-node-type': { tags: ['div'], ok: oneOf('actionList') },
  'data-task-list-local-id': { tags: ['div'], ok: (v) => ID.test(v) },
  'data-task-local-id': { tags: ['div'], ok: (v) => ID.test(v) },
  'data-task-state': { tags: ['div'], ok: oneOf('TODO', 'DONE') },
  'data-panel-type': { tags: ['div'], ok: oneOf('info', 'note', 'tip', 'warning', 'error', 'success') },
  'data-panel-content': { tags: ['div'], ok: oneOf('true') },
  'data-language': { tags: ['pre'], ok: (v) => /^[\w+#.-]{1,32}$/.test(v) },
  'data-inline-task-id': { tags: ['li'], ok: (v) => /^\d{1,6}$/.test(v) },
  'data-macro-name': { tags: ['table'], ok: oneOf('info', 'note', 'tip', 'warning') },
  // Free text (a panel title): one parameter only, and nothing a macro could read as a script URL.
  'data-macro-parameters': {
    tags: ['table'],
    ok: (v) => /^title=[^|]*$/.test(v) && !/(?:javascript|vbscript|data):/i.test(v.replace(/[\s\u0000-\u001f]/g, '')),
  },
  'data-macro-body-type': { tags: ['table'], ok: oneOf('RICH_TEXT') },
};

const CLASSES: Record<string, readonly string[]> = {
  ul: ['inline-task-list'],
  li: ['checked'],
  table: ['confluenceTable', 'wysiwyg-macro'],
  th: ['confluenceTh'],
  td: ['confluenceTd', 'wysiwyg-macro-body'],
};

function attributeAllowed(tag: string, name: string, rawValue: string): boolean {
  const value = rawValue.trim();
  if (name === 'class') return (CLASSES[tag] ?? []).includes(value);
  const rule = ATTRS[name];
  return rule !== undefined && rule.tags.includes(tag) && rule.ok(value);
}

function checkAttribute(node: Element, data: UponSanitizeAttributeHookEvent) {
  if (!attributeAllowed(node.nodeName.toLowerCase(), data.attrName.toLowerCase(), data.attrValue)) data.keepAttr = false;
}

/**
 * Second, independent pass over a static element list: fails closed if anything outside the
 * allow-list survived. DOMPurify walks a live NodeIterator, and DOM implementations that do not
 * adjust it on removal (happy-dom 21 stops after the first removed node) would otherwise let
 * later nodes through unsanitised.
 */
function enforceAllowList(root: DocumentFragment) {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (!TAGS.includes(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      el.remove();
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      if (!attributeAllowed(tag, attr.name, attr.value)) el.removeAttribute(attr.name);
    }
  }
}

let purifier: DOMPurify | undefined;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const instance = createDOMPurify(globalThis.window);
  // Without a DOM, DOMPurify returns its input unchanged: fail closed instead.
  if (!instance.isSupported) throw new Error('HTML rendering needs a DOM (DOMPurify is not supported here)');
  instance.addHook('uponSanitizeAttribute', checkAttribute);
  purifier = instance;
  return instance;
}

export function sanitizeHtml(html: string): string {
  const fragment = getPurifier().sanitize(html, {
    ALLOWED_TAGS: TAGS,
    ALLOWED_ATTR: ['class', ...Object.keys(ATTRS)],
    ADD_URI_SAFE_ATTR: Object.keys(ATTRS).filter((a) => a !== 'href'),
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  // A document DOMPurify cannot find a body in (e.g. a <frameset> one) yields null: nothing is safe to keep.
  if (!fragment) return '';
  enforceAllowList(fragment);
  const box = fragment.ownerDocument.createElement('div');
  box.appendChild(fragment);
  return box.innerHTML;
}
