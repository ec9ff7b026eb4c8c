/**
 * One library from four sources. On an id clash the higher source wins:
 *   managed (admin policy) > team-url (team library) > personal > builtin.
 * Governance first: an admin's template cannot be shadowed by anyone, a team can replace a
 * built-in by reusing its id, and a person can override a built-in but not the team's standard.
 */
import type { TemplateSource } from '../schemas/policy';
import type { Template } from '../schemas/template';

export const PRECEDENCE: readonly TemplateSource[] = ['managed', 'team-url', 'personal', 'builtin'];

export type SourceLists = Record<TemplateSource, readonly Template[]>;

export interface LibraryEntry {
  template: Template;
  /** Only personal templates are edited in place; the others can be duplicated into personal ones. */
  readOnly: boolean;
  /** Set when a higher source holds the same id: the entry is listed but not offered for insertion. */
  shadowedBy: TemplateSource | null;
}

export function mergeLibrary(sources: SourceLists): { templates: Template[]; entries: LibraryEntry[] } {
  const winner = new Map<string, TemplateSource>();
  for (const source of PRECEDENCE) {
    for (const template of sources[source]) if (!winner.has(template.id)) winner.set(template.id, source);
  }
  const entries: LibraryEntry[] = [];
  const templates: Template[] = [];
  for (const source of PRECEDENCE) {
    const seen = new Set<string>();
    for (const template of sources[source]) {
      // A source listing one id twice keeps its first entry (library files reject duplicates already).
      if (seen.has(template.id)) continue;
      seen.add(template.id);
      const top = winner.get(template.id)!;
      const shadowedBy = top === source ? null : top;
      entries.push({ template, readOnly: source !== 'personal', shadowedBy });
      if (!shadowedBy) templates.push(template);
    }
  }
  return { templates, entries };
}
