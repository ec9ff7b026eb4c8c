/** Team library: refresh (install, alarm, "Refresh now", URL change) and the status the options page shows. */
import type { TeamError } from '../schemas/library';
import type { ManagedPolicy } from '../schemas/policy';
import type { Template } from '../schemas/template';
import { fetchTeamLibrary, type FetchDeps } from './team-fetch';
import { effectiveTeamUrl, readTeamState, readUserTeamUrl, teamStateItem, type TeamUrlOrigin } from './team-store';

export interface LibraryDeps extends FetchDeps {
  readPolicy: () => Promise<ManagedPolicy>;
}

export interface TeamStatus {
  url: string | null;
  origin: TeamUrlOrigin;
  /** The admin enforces the URL: the options page shows it read-only. */
  locked: boolean;
  templateCount: number;
  fetchedAt: string | null;
  lastCheckedAt: string | null;
  etag: string | null;
  lastModified: string | null;
  lastError: TeamError | null;
  /** The extension may fetch the URL without CORS (and send its own ETag); the options page offers to grant it. */
  hostAccess: boolean;
}

export async function teamStatus(policy: ManagedPolicy, deps: Pick<LibraryDeps, 'hasHostAccess'>): Promise<TeamStatus> {
  const { url, origin } = effectiveTeamUrl(policy, await readUserTeamUrl());
  const state = await readTeamState();
  const copy = state.copy?.url === url ? state.copy : undefined;
  return {
    url: url ?? null,
    origin,
    locked: origin === 'policy',
    templateCount: copy?.templates.length ?? 0,
    fetchedAt: copy?.fetchedAt ?? null,
    lastCheckedAt: state.lastCheckedAt ?? null,
    etag: copy?.etag ?? null,
    lastModified: copy?.lastModified ?? null,
    lastError: state.lastError && state.lastError.url === url ? state.lastError : null,
    hostAccess: url ? await deps.hasHostAccess(url).catch(() => false) : false,
  };
}

export async function refreshTeamLibrary(deps: LibraryDeps): Promise<TeamStatus> {
  const policy = await deps.readPolicy();
  const { url } = effectiveTeamUrl(policy, await readUserTeamUrl());
  await teamStateItem.setValue(await fetchTeamLibrary(url, await readTeamState(), deps));
  return teamStatus(policy, deps);
}

/** The team templates in use: only a copy fetched from the URL that is configured now. */
export async function teamTemplates(policy: ManagedPolicy): Promise<Template[]> {
  const { url } = effectiveTeamUrl(policy, await readUserTeamUrl());
  const { copy } = await readTeamState();
  return url && copy?.url === url ? copy.templates : [];
}
