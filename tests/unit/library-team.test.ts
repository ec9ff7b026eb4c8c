import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePolicy } from '@/utils/library/policy';
import { refreshTeamLibrary, teamStatus, teamTemplates } from '@/utils/library/team';
import { effectiveTeamUrl, userTeamUrlItem } from '@/utils/library/team-store';
import { isAllowedLibraryUrl } from '@/utils/schemas/policy';
import { libraryFile, sampleTemplate } from './library-fixtures';

const A = 'https://ops.example.com/a.json';
const B = 'https://ops.example.com/b.json';
const json = (ids: string[], init: ResponseInit = {}) =>
  new Response(JSON.stringify(libraryFile(ids.map((id) => sampleTemplate(id)))), { status: 200, ...init });

function depsWith(fetch: (url: string, init?: RequestInit) => Promise<Response>, policy = parsePolicy({})) {
  return { fetch: vi.fn(fetch) as unknown as typeof globalThis.fetch, now: () => new Date('2025-03-10T10:00:00Z'), readPolicy: async () => policy, hasHostAccess: async () => true };
}

beforeEach(() => fakeBrowser.reset());

describe('which URL is fetched', () => {
  it('enforced policy URL > user URL (\'\' = off) > policy default', () => {
    const both = parsePolicy({ libraryUrl: A, defaults: { libraryUrl: B } });
    const onlyDefault = parsePolicy({ defaults: { libraryUrl: B } });
    expect(effectiveTeamUrl(both, 'https://mine.example.com/x.json')).toEqual({ url: A, origin: 'policy' });
    expect(effectiveTeamUrl(onlyDefault, 'https://mine.example.com/x.json')).toEqual({ url: 'https://mine.example.com/x.json', origin: 'user' });
    expect(effectiveTeamUrl(onlyDefault, '')).toEqual({ origin: 'none' });
    expect(effectiveTeamUrl(onlyDefault, undefined)).toEqual({ url: B, origin: 'policy-default' });
  });

  it('accepts https, and http only for loopback', () => {
    expect(isAllowedLibraryUrl('https://ops.example.com/l.json')).toBe(true);
    expect(isAllowedLibraryUrl('http://127.0.0.1:8080/l.json')).toBe(true);
    expect(isAllowedLibraryUrl('http://localhost/l.json')).toBe(true);
    expect(isAllowedLibraryUrl('http://ops.example.com/l.json')).toBe(false);
    expect(isAllowedLibraryUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedLibraryUrl('not a url')).toBe(false);
  });
});

describe('refreshTeamLibrary', () => {
  it('never fetches a plain-http URL on another host', async () => {
    await userTeamUrlItem.setValue('http://ops.example.com/l.json');
    const deps = depsWith(async () => json(['x']));
    const status = await refreshTeamLibrary(deps);
    expect(deps.fetch).not.toHaveBeenCalled();
    expect(status.lastError?.message).toMatch(/only https/);
  });

  it('records an HTTP error and a redirect to http', async () => {
    await userTeamUrlItem.setValue(A);
    expect((await refreshTeamLibrary(depsWith(async () => new Response('nope', { status: 500 })))).lastError?.message).toBe('HTTP 500');
    const redirected = json(['x']);
    Object.defineProperty(redirected, 'url', { value: 'http://evil.example.com/l.json' });
    expect((await refreshTeamLibrary(depsWith(async () => redirected))).lastError?.message).toMatch(/redirected/);
  });

  it('drops the copy of a previous URL instead of showing it under the new one', async () => {
    await userTeamUrlItem.setValue(A);
    await refreshTeamLibrary(depsWith(async () => json(['from-a'], { headers: { ETag: '"a"' } })));
    await userTeamUrlItem.setValue(B);
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response('down', { status: 503 }));
    await refreshTeamLibrary(depsWith(fetch));
    expect(new Headers(fetch.mock.calls[0]![1]?.headers).get('If-None-Match')).toBeNull();
    expect(await teamTemplates(parsePolicy({}))).toEqual([]);
    expect((await teamStatus(parsePolicy({}), { hasHostAccess: async () => false })).lastError?.url).toBe(B);
  });

  it('without host access, leaves revalidation to the HTTP cache instead of sending headers that need a CORS preflight', async () => {
    await userTeamUrlItem.setValue(A);
    await refreshTeamLibrary(depsWith(async () => json(['from-a'], { headers: { ETag: '"a"' } })));
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => json(['from-a']));
    await refreshTeamLibrary({ ...depsWith(fetch), hasHostAccess: async () => false });
    expect(fetch.mock.calls[0]![1]).toMatchObject({ headers: {}, cache: 'no-cache' });
  });

  it('switching the team library off clears it', async () => {
    await userTeamUrlItem.setValue(A);
    await refreshTeamLibrary(depsWith(async () => json(['from-a'])));
    await userTeamUrlItem.setValue('');
    const status = await refreshTeamLibrary(depsWith(async () => json(['never'])));
    expect(status).toMatchObject({ url: null, origin: 'none', templateCount: 0, lastError: null });
  });
});
