/**
 * Names for the ids in the metrics (events carry ids only). Built-in templates and checklists
 * come from the library data; anything else (imported or custom) shows its id.
 */
import { builtinTemplates } from '@/utils/templates';
import type { Service } from '@/utils/schemas/feedback';

const byId = new Map(builtinTemplates.map((t) => [t.id, t]));

export const templateName = (id: string): string => byId.get(id)?.name ?? id;

export function checklistItemText(checklistId: string, itemId: string): string {
  const checklist = byId.get(checklistId);
  const item = checklist?.kind === 'checklist' ? checklist.items.find((i) => i.id === itemId) : undefined;
  return item?.text ?? itemId;
}

/** Mandatory item ids per checklist, for the "most-skipped mandatory item" column. */
export const mandatoryItems: Record<string, string[]> = Object.fromEntries(
  builtinTemplates.flatMap((t) => (t.kind === 'checklist' ? [[t.id, t.items.filter((i) => i.mandatory).map((i) => i.id)]] : [])),
);

export const builtinTemplateIds = builtinTemplates.filter((t) => t.kind === 'template').map((t) => ({ id: t.id, name: t.name }));

export const serviceNamer = (services: readonly Service[]) => (id: string) => services.find((s) => s.id === id)?.name ?? id;
