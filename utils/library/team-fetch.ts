/**
 * Fetches the team library with a conditional request. Any failure (network, HTTP status, not JSON,
 * invalid library) is recorded in lastError and the last good copy stays in use.
 */
import { z } from 'zod/mini';
import { formatIssues } from '../schemas/errors';
import type { TeamError, TeamState } from '../schemas/library';
import { isAllowedLibraryUrl, stampSource } from '../schemas/policy';
import { templateLibraryFileSchema } from '../schemas/template';

export const MAX_LIBRARY_BYTES = 2_000_000;
const TIMEOUT_MS = 20_000;

export interface FetchDeps {
  fetch: typeof fetch;
  now: () => Date;
  /**
   * Whether the extension holds host access to the URL. Without it the request is CORS, where our own
   * If-None-Match would need a preflight most static hosts refuse; the browser's HTTP cache then
   * revalidates for us instead (cache: 'no-cache'), and a 304 reaches us as the cached 200.
   */
  hasHostAccess: (url: string) => Promise<boolean>;
}

type Outcome = { ok: true; state: TeamState } | { ok: false; error: TeamError };

async function request(url: string, state: TeamState, deps: FetchDeps): Promise<Outcome> {
  const at = deps.now().toISOString();
  const fail = (message: string, problems: string[] = []): Outcome => ({ ok: false, error: { at, url, message, problems } });
  // A copy from another URL says nothing about this one, so no validators are sent for it.
  const copy = state.copy?.url === url ? state.copy : undefined;
  const direct = await deps.hasHostAccess(url).catch(() => false);
  const headers: Record<string, string> = {};
  if (direct && copy?.etag) headers['If-None-Match'] = copy.etag;
  if (direct && copy?.lastModified) headers['If-Modified-Since'] = copy.lastModified;

  let response: Response;
  try {
    // no-store when we revalidate ourselves, so the 304 reaches us rather than the HTTP cache.
    const cache = direct ? 'no-store' : 'no-cache';
    response = await deps.fetch(url, { headers, cache, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    return fail(`could not reach the server (${(error as Error).message || 'network error'})`);
  }
  if (response.url && !isAllowedLibraryUrl(response.url)) return fail(`redirected to a URL that is not https: ${response.url}`);
  if (response.status === 304) {
    return copy ? { ok: true, state: { copy, lastCheckedAt: at } } : fail('server answered 304 but no copy is stored');
  }
  if (!response.ok) return fail(`HTTP ${response.status} ${response.statusText}`.trim());

  const text = await response.text();
  if (text.length > MAX_LIBRARY_BYTES) return fail(`the file is larger than ${MAX_LIBRARY_BYTES / 1_000_000} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = z.safeParse(templateLibraryFileSchema, stampSource(json, 'team-url'), { reportInput: true });
  if (!parsed.success) return fail('the library file is invalid and was rejected whole', formatIssues(parsed.error));
  const etag = response.headers.get('ETag') ?? undefined;
  const lastModified = response.headers.get('Last-Modified') ?? undefined;
  return { ok: true, state: { copy: { url, templates: parsed.data.templates, etag, lastModified, fetchedAt: at }, lastCheckedAt: at } };
}

/** Pure apart from the injected fetch: the next state for `url` (undefined = team library off). */
export async function fetchTeamLibrary(url: string | undefined, state: TeamState, deps: FetchDeps): Promise<TeamState> {
  if (!url) return {};
  if (!isAllowedLibraryUrl(url)) {
    return { ...state, lastError: { at: deps.now().toISOString(), url, message: 'only https URLs are fetched (http for localhost)', problems: [] } };
  }
  const outcome = await request(url, state, deps);
  if (outcome.ok) return outcome.state;
  const keep = state.copy?.url === url ? state.copy : undefined;
  return { copy: keep, lastCheckedAt: outcome.error.at, lastError: outcome.error };
}
