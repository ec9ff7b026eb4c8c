/** Escaping and URL checks shared by the serialisers. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * marked leaves entities like `&amp;` raw in text tokens (its HTML renderer passes them through).
 * Our leaves hold plain text, so decode the common ones; unknown names stay literal.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Only absolute http(s) and mailto links survive: templates come from imports, policies and
 * URLs, and a relative or scripted href has no business in a Jira page. Returns null otherwise.
 */
export function safeHref(href: string): string | null {
  const url = href.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return null;
  return /^(?:https?:\/\/[^/]|mailto:[^/])/i.test(url) ? url : null;
}
