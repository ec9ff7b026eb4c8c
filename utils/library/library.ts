/** getLibrary(): the merged library the content scripts insert from, and the options page's view of it. */
import type { ManagedPolicy } from '../schemas/policy';
import { builtinTemplates } from '../templates';
import { mergeLibrary, type LibraryEntry } from './merge';
import { readPersonal } from './personal';
import { personalTemplatesAllowed } from './policy';
import { teamStatus, teamTemplates, type LibraryDeps, type TeamStatus } from './team';

export async function getLibrary(policy: ManagedPolicy) {
  const allowPersonal = personalTemplatesAllowed(policy);
  const personal = await readPersonal();
  const merged = mergeLibrary({
    managed: policy.enforced.templates ?? [],
    'team-url': await teamTemplates(policy),
    // Forbidding personal templates hides them; they stay stored in case the admin lifts the ban.
    personal: allowPersonal ? personal.templates : [],
    builtin: builtinTemplates,
  });
  return { ...merged, allowPersonal, personal };
}

export interface LibraryState {
  entries: LibraryEntry[];
  team: TeamStatus;
  policy: { allowPersonalTemplates: boolean; managedCount: number; problems: string[] };
  personal: { stored: number; problems: string[] };
}

export async function getLibraryState(deps: Pick<LibraryDeps, 'readPolicy' | 'hasHostAccess'>): Promise<LibraryState> {
  const policy = await deps.readPolicy();
  const library = await getLibrary(policy);
  return {
    entries: library.entries,
    team: await teamStatus(policy, deps),
    policy: {
      allowPersonalTemplates: library.allowPersonal,
      managedCount: policy.enforced.templates?.length ?? 0,
      problems: policy.problems,
    },
    personal: { stored: library.personal.templates.length, problems: library.personal.problems },
  };
}
