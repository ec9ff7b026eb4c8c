/**
 * Personal templates in storage.local. Each stored entry is parsed on read: one entry broken by a
 * hand edit or an older version is skipped and reported, never the whole library.
 */
import { storage } from 'wxt/utils/storage';
import { parseTemplate, type Template } from '../schemas/template';

export const personalItem = storage.defineItem<unknown[]>('local:personalTemplates', { fallback: [], version: 1 });

export const MAX_PERSONAL_TEMPLATES = 500;

export async function readPersonal(): Promise<{ templates: Template[]; problems: string[] }> {
  const stored = await personalItem.getValue();
  const entries = Array.isArray(stored) ? stored : [];
  const templates: Template[] = [];
  const problems: string[] = Array.isArray(stored) ? [] : ['personal templates: stored value is not a list (ignored)'];
  entries.forEach((entry, i) => {
    const parsed = parseTemplate(entry, `personal[${i}]`);
    if (parsed.ok && parsed.value.source === 'personal') templates.push(parsed.value);
    else problems.push(...(parsed.ok ? [`personal[${i}].source: expected "personal"`] : parsed.errors));
  });
  return { templates, problems };
}

export const writePersonal = (templates: readonly Template[]) => personalItem.setValue([...templates]);

/** "Bug report (copy)" → "bug-report-copy"; made unique against `taken` with -2, -3, … */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const slug =
    base
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'template';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
