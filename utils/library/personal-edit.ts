/**
 * Creating, editing and deleting personal templates. The background owns id, version, updatedAt and
 * source, so a draft from the options page cannot forge them; the result is parsed like any import.
 */
import { z } from 'zod/mini';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import { parseTemplate, type Template } from '../schemas/template';
import { getLibrary } from './library';
import { MAX_PERSONAL_TEMPLATES, readPersonal, uniqueId, writePersonal } from './personal';
import { personalTemplatesAllowed } from './policy';
import type { LibraryDeps } from './team';

export const saveInputSchema = z.strictObject({ template: z.record(z.string(), z.unknown()) });

const DEFAULT_OWNER = 'Me';

export async function assertPersonalAllowed(deps: Pick<LibraryDeps, 'readPolicy'>) {
  const policy = await deps.readPolicy();
  if (!personalTemplatesAllowed(policy)) throw new InvalidInputError(['personal templates are turned off by your administrator']);
  return policy;
}

export async function savePersonalTemplate(input: unknown, deps: Pick<LibraryDeps, 'readPolicy' | 'now'>): Promise<Template> {
  const { template: draft } = parseOrThrow(saveInputSchema, input, 'input');
  const policy = await assertPersonalAllowed(deps);
  const { templates } = await readPersonal();
  const draftId = typeof draft.id === 'string' && draft.id !== '' ? draft.id : undefined;
  const index = draftId === undefined ? -1 : templates.findIndex((t) => t.id === draftId);
  const previous = templates[index];
  if (!previous && templates.length >= MAX_PERSONAL_TEMPLATES) {
    throw new InvalidInputError([`template: you already have ${MAX_PERSONAL_TEMPLATES} personal templates`]);
  }
  // New templates get an id no other source uses, so they are never shadowed on creation.
  const taken = new Set((await getLibrary(policy)).entries.map((e) => e.template.id));
  const id = previous?.id ?? draftId ?? uniqueId(typeof draft.name === 'string' ? draft.name : '', taken);
  const candidate = {
    ...draft,
    id,
    source: 'personal',
    owner: typeof draft.owner === 'string' && draft.owner.trim() ? draft.owner : DEFAULT_OWNER,
    version: previous ? previous.version + 1 : 1,
    updatedAt: deps.now().toISOString(),
  };
  const parsed = parseTemplate(candidate, 'template');
  if (!parsed.ok) throw new InvalidInputError(parsed.errors);
  const next = [...templates];
  if (previous) next[index] = parsed.value;
  else next.push(parsed.value);
  await writePersonal(next);
  return parsed.value;
}

export async function deletePersonalTemplate(id: string): Promise<{ removed: boolean }> {
  const { templates } = await readPersonal();
  const next = templates.filter((t) => t.id !== id);
  if (next.length === templates.length) return { removed: false };
  await writePersonal(next);
  return { removed: true };
}
