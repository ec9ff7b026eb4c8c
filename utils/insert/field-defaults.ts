import type { Template } from '@/utils/schemas/template';
import type { InsertContext } from './page-context';

/**
 * Prefills prompted fields: the template's default, or a context value when the field is named like one
 * (a "projectKey" field on an issue gets the project).
 */
export function fieldDefaults(template: Template, context: InsertContext): Record<string, string> {
  if (template.kind !== 'template') return {};
  const known: Record<string, string | undefined> = { ...context };
  const values: Record<string, string> = {};
  for (const field of template.fields) {
    const fromContext = known[field.key] ?? (field.type === 'date' ? context.date : undefined);
    values[field.key] = field.default ?? fromContext ?? '';
  }
  return values;
}
