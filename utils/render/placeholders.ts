/**
 * `{{name}}` placeholders. The grammar matches the field-key rule in utils/schemas/template.ts.
 * Unknown or unfilled placeholders stay visible verbatim so the compliance check can find them.
 */
/** Filled from the page, never prompted. Lives here (zod-free) so content scripts can render without zod. */
export const BUILTIN_VARIABLES = ['date', 'user', 'issueKey', 'projectKey', 'issueType', 'pageTitle', 'spaceKey'] as const;

/** A placeholder / field key: a letter, then letters, digits or _. */
export const PLACEHOLDER_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

export type Segment = { text: string } | { key: string; raw: string };

export function splitPlaceholders(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ key: m[1] as string, raw: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Placeholder names in order of first appearance, without duplicates. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1] as string))];
}

/** Returns the text for a placeholder name, or undefined to leave it visible. */
export type Lookup = (key: string) => string | undefined;

/** Fill a plain string (URLs, titles); `encode` is applied to values only. */
export function fillString(text: string, lookup: Lookup, encode: (v: string) => string = (v) => v): string {
  return splitPlaceholders(text)
    .map((s) => ('key' in s ? (lookup(s.key) === undefined ? s.raw : encode(lookup(s.key) as string)) : s.text))
    .join('');
}
