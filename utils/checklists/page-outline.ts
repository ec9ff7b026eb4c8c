/** Headings and text of the rendered description / page body, read locally for compliance and the gate. */
import type { PageOutline } from './compliance';

export function outlineOf(body: Element | null | undefined): PageOutline {
  if (!body) return { headings: [], text: '' };
  const headings = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent?.trim() ?? '');
  return { headings: headings.filter(Boolean), text: body.textContent ?? '' };
}
