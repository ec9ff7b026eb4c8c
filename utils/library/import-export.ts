/**
 * Import/export of the personal library as a `product-ops-kit.templates/v1` file. Pure: the caller
 * stores `next` in one write, so an import lands whole or not at all.
 */
import { z } from 'zod/mini';
import { formatIssues } from '../schemas/errors';
import type { DuplicateChoice } from '../schemas/library';
import { stampSource } from '../schemas/policy';
import { LIBRARY_SCHEMA_ID, templateLibraryFileSchema, type Template } from '../schemas/template';
import { MAX_PERSONAL_TEMPLATES, uniqueId } from './personal';
import { localDay } from '../calendar';

export type ImportResult =
  | { status: 'invalid'; errors: string[] }
  | { status: 'duplicates'; ids: string[] }
  | { status: 'imported'; added: string[]; replaced: string[]; renamed: { from: string; to: string }[] };

/** Appends the entry's name to lines about `templates[i]…`, so a long file's error points at a template a person recognises. */
function nameEntries(lines: string[], raw: unknown): string[] {
  // raw is whatever JSON.parse gave: a file holding just `null` has no entries to name.
  const entries = typeof raw === 'object' && raw !== null ? (raw as { templates?: unknown }).templates : undefined;
  if (!Array.isArray(entries)) return lines;
  return lines.map((line) => {
    const index = /^templates\[(\d+)\]/.exec(line)?.[1];
    const entry = index === undefined ? undefined : (entries[Number(index)] as { name?: unknown; id?: unknown } | undefined);
    const label = typeof entry?.name === 'string' ? entry.name : typeof entry?.id === 'string' ? entry.id : undefined;
    return label ? `${line} — entry "${label}"` : line;
  });
}

export function planImport(
  existing: readonly Template[],
  json: string,
  onDuplicate: DuplicateChoice,
): { result: ImportResult; next?: Template[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { result: { status: 'invalid', errors: [`(file): not valid JSON (${(error as Error).message})`] } };
  }
  const parsed = z.safeParse(templateLibraryFileSchema, stampSource(raw, 'personal'), { reportInput: true });
  if (!parsed.success) return { result: { status: 'invalid', errors: nameEntries(formatIssues(parsed.error), raw) } };

  const incoming = parsed.data.templates;
  const byId = new Map(existing.map((t) => [t.id, t]));
  const duplicates = incoming.filter((t) => byId.has(t.id)).map((t) => t.id);
  if (duplicates.length > 0 && onDuplicate === 'ask') return { result: { status: 'duplicates', ids: duplicates } };

  const next = [...existing];
  const taken = new Set([...existing.map((t) => t.id), ...incoming.map((t) => t.id)]);
  const result = { status: 'imported' as const, added: [] as string[], replaced: [] as string[], renamed: [] as { from: string; to: string }[] };
  for (const template of incoming) {
    if (!byId.has(template.id)) {
      next.push(template);
      result.added.push(template.id);
    } else if (onDuplicate === 'replace') {
      next[next.findIndex((t) => t.id === template.id)] = template;
      result.replaced.push(template.id);
    } else {
      const id = uniqueId(template.id, taken);
      taken.add(id);
      next.push({ ...template, id });
      result.renamed.push({ from: template.id, to: id });
    }
  }
  if (next.length > MAX_PERSONAL_TEMPLATES) {
    return { result: { status: 'invalid', errors: [`templates: the personal library would hold ${next.length} templates; the limit is ${MAX_PERSONAL_TEMPLATES}`] } };
  }
  return { result, next };
}

export function exportFile(templates: readonly Template[], now: Date): { fileName: string; json: string } {
  const json = JSON.stringify({ schema: LIBRARY_SCHEMA_ID, templates }, null, 2);
  return { fileName: `product-ops-kit-templates-${localDay(now)}.json`, json };
}
