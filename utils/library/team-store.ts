/**
 * Team library state in storage.local, parsed on read. The user's URL lives in its own item so a
 * refresh running in the background can never overwrite a URL the user just typed.
 */
import { storage } from 'wxt/utils/storage';
import { teamStateSchema, userTeamUrlSchema, type TeamState } from '../schemas/library';
import type { ManagedPolicy } from '../schemas/policy';

export const teamStateItem = storage.defineItem<TeamState>('local:teamLibrary', { fallback: {}, version: 1 });
export const userTeamUrlItem = storage.defineItem<string | null>('local:teamLibraryUrl', { fallback: null, version: 1 });

export async function readTeamState(): Promise<TeamState> {
  const parsed = teamStateSchema.safeParse(await teamStateItem.getValue());
  if (parsed.success) return parsed.data;
  console.warn('[library] stored team library is invalid; it will be fetched again');
  return {};
}

export async function readUserTeamUrl(): Promise<string | undefined> {
  const parsed = userTeamUrlSchema.safeParse((await userTeamUrlItem.getValue()) ?? undefined);
  return parsed.success ? parsed.data : undefined;
}

export type TeamUrlOrigin = 'policy' | 'user' | 'policy-default' | 'none';

/**
 * Precedence: an enforced policy URL, then the user's choice ('' = off), then the policy default.
 * Returns the URL to fetch (undefined = no team library) and where it came from.
 */
export function effectiveTeamUrl(policy: ManagedPolicy, userUrl: string | undefined): { url?: string; origin: TeamUrlOrigin } {
  if (policy.enforced.libraryUrl) return { url: policy.enforced.libraryUrl, origin: 'policy' };
  if (userUrl !== undefined) return userUrl ? { url: userUrl, origin: 'user' } : { origin: 'none' };
  if (policy.defaults.libraryUrl) return { url: policy.defaults.libraryUrl, origin: 'policy-default' };
  return { origin: 'none' };
}
