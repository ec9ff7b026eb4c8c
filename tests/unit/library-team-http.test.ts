// @vitest-environment node
/**
 * The team library against a real local HTTP server (Node's fetch, as the worker's fetch would
 * be): first fetch, 304 revalidation with the ETag, an invalid body, and the server going down.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePolicy } from '@/utils/library/policy';
import { refreshTeamLibrary, teamTemplates } from '@/utils/library/team';
import { userTeamUrlItem } from '@/utils/library/team-store';
import { libraryFile, sampleTemplate } from './library-fixtures';

interface Seen { ifNoneMatch?: string; ifModifiedSince?: string }

let server: http.Server;
let url: string;
let body: string;
const seen: Seen[] = [];
/** Strong validator of the current body, as a static file server would send. */
const etagOf = (text: string) => `"${createHash('sha1').update(text).digest('hex').slice(0, 12)}"`;
const LAST_MODIFIED = 'Mon, 10 Mar 2025 09:00:00 GMT';

beforeEach(async () => {
  fakeBrowser.reset();
  seen.length = 0;
  body = JSON.stringify(libraryFile([sampleTemplate('team-brief'), sampleTemplate('team-review')]));
  server = http.createServer((req, res) => {
    seen.push({ ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
    const etag = etagOf(body);
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Last-Modified': LAST_MODIFIED }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/library.json`;
  await userTeamUrlItem.setValue(url);
});
afterEach(() => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())));

const policy = parsePolicy({});
let clock = Date.parse('2025-03-10T10:00:00Z');
const deps = { fetch: globalThis.fetch, now: () => new Date((clock += 60_000)), readPolicy: async () => policy, hasHostAccess: async () => true };

describe('team library over HTTP', () => {
  it('stores the first answer with its validators and marks entries as team templates', async () => {
    const status = await refreshTeamLibrary(deps);
    expect(status).toMatchObject({ url, origin: 'user', templateCount: 2, etag: etagOf(body), lastModified: LAST_MODIFIED, lastError: null });
    expect((await teamTemplates(policy)).map((t) => [t.id, t.source])).toEqual([['team-brief', 'team-url'], ['team-review', 'team-url']]);
    expect(seen).toEqual([{}]);
  });

  it('revalidates with If-None-Match / If-Modified-Since and keeps the copy on 304', async () => {
    const first = await refreshTeamLibrary(deps);
    const second = await refreshTeamLibrary(deps);
    expect(seen[1]).toEqual({ ifNoneMatch: etagOf(body), ifModifiedSince: LAST_MODIFIED });
    expect(second.fetchedAt).toBe(first.fetchedAt);
    expect(second.lastCheckedAt).not.toBe(first.lastCheckedAt);
    expect(second.templateCount).toBe(2);
  });

  it('rejects an invalid body whole, keeps the old copy and records a path-precise reason', async () => {
    await refreshTeamLibrary(deps);
    body = JSON.stringify(libraryFile([sampleTemplate('ok'), { ...sampleTemplate('broken'), fields: [{ key: 'a', label: 'A', type: 'colour', required: true }] }]));
    const status = await refreshTeamLibrary(deps);
    expect(status.lastError).toMatchObject({
      message: 'the library file is invalid and was rejected whole',
      problems: ['templates[1].fields[0].type: expected one of text|paragraph|select|date|number'],
    });
    expect((await teamTemplates(policy)).map((t) => t.id)).toEqual(['team-brief', 'team-review']);
  });

  it('records a body that is not JSON', async () => {
    body = '<html>login</html>';
    const status = await refreshTeamLibrary(deps);
    expect(status.lastError?.message).toMatch(/^not valid JSON/);
    expect(status.templateCount).toBe(0);
  });

  it('keeps the last good copy when the server is down', async () => {
    await refreshTeamLibrary(deps);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const status = await refreshTeamLibrary(deps);
    expect(status.lastError?.message).toMatch(/^could not reach the server/);
    expect(status.templateCount).toBe(2);
    expect((await teamTemplates(policy)).map((t) => t.id)).toEqual(['team-brief', 'team-review']);
  });
});
