// @vitest-environment node
/**
 * Issue 8 part 3: permissions are minimal and frozen. Builds the Chrome extension (or reads POPS_EXT_DIR) and
 * compares the manifest's security-relevant keys with the approved set below; any change must be made here on
 * purpose, with the README's permission table. Also: no eval / new Function / remote scripts in the bundle,
 * and the default CSP (no content_security_policy key, no externally_connectable).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, REPO_ROOT } from '../e2e/harness/extension';

const APPROVED = {
  manifest_version: 3,
  permissions: ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage'],
  host_permissions: ['https://*.atlassian.net/*'],
  // Self-hosted Jira/Confluence origins are only known at run time; each is requested by the user (Sites section).
  optional_host_permissions: ['http://*/*', 'https://*/*'],
  content_scripts: [{ matches: ['https://*.atlassian.net/*'], js: ['content-scripts/atlassian.js'], run_at: 'document_idle' }],
  // None: the in-page CSS travels inside the content script (utils/runtime/mount-ui.ts), so pages can't probe for us.
  web_accessible_resources: undefined,
};

let dir = '';
let manifest: Record<string, unknown> = {};

function files(root: string, ext: RegExp): string[] {
  return readdirSync(root).flatMap((name) => {
    const full = path.join(root, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}

beforeAll(() => {
  const preset = process.env.POPS_EXT_DIR;
  dir = preset && existsSync(path.join(path.resolve(REPO_ROOT, preset), 'manifest.json'))
    ? path.resolve(REPO_ROOT, preset)
    : buildExtension('.output-manifest-test');
  manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}, 180_000);

const sorted = (list: unknown) => (Array.isArray(list) ? [...list].sort() : list);

describe('built manifest (chrome-mv3)', () => {
  it('matches the approved permission set', () => {
    const actual = {
      manifest_version: manifest.manifest_version,
      permissions: sorted(manifest.permissions),
      host_permissions: sorted(manifest.host_permissions),
      optional_host_permissions: sorted(manifest.optional_host_permissions),
      content_scripts: (manifest.content_scripts as Record<string, unknown>[]).map(({ matches, js, run_at }) => ({ matches, js, run_at })),
      web_accessible_resources: manifest.web_accessible_resources,
    };
    expect(
      actual,
      'The manifest no longer matches the approved permissions. If the change is intended, update APPROVED in ' +
        'tests/unit/manifest.test.ts and the permission table in the README in the same commit.',
    ).toEqual(APPROVED);
  });

  it('asks for no all-sites access at install and exposes nothing to web pages', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('optional_permissions');
    for (const key of ['permissions', 'host_permissions'] as const) {
      for (const entry of manifest[key] as string[]) expect(entry, `${key}: ${entry}`).not.toMatch(/^(<all_urls>|\*:\/\/|https?:\/\/\*\/)/);
    }
  });

  it('keeps the default Content Security Policy', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('sandbox');
  });

  it('ships no eval, no new Function and no remote scripts', () => {
    const scripts = files(dir, /\.js$/);
    expect(scripts.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      const rel = path.relative(dir, file);
      if (/(^|[^\w$.])eval\s*\(/.test(code)) problems.push(`${rel}: eval(`);
      if (/new\s+Function\s*\(/.test(code) || /(^|[^\w$.])Function\s*\(\s*["'`]/.test(code)) problems.push(`${rel}: new Function(`);
      if (/importScripts\s*\(/.test(code)) problems.push(`${rel}: importScripts(`);
      const remote = code.match(/https?:\/\/[^\s"'`)]+\.m?js(?=[\s"'`?#)])/g) ?? [];
      problems.push(...remote.map((url) => `${rel}: remote script URL ${url}`));
      if (/import\s*\(\s*["'`]https?:/.test(code)) problems.push(`${rel}: dynamic import of a URL`);
    }
    for (const file of files(dir, /\.html$/)) {
      for (const [, src] of readFileSync(file, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) {
        if (!src!.startsWith('/') && !src!.startsWith('./')) problems.push(`${path.relative(dir, file)}: script src ${src}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the scanner itself catches what it should', () => {
    const eval_ = /(^|[^\w$.])eval\s*\(/;
    expect(eval_.test('x=eval("1")')).toBe(true);
    expect(eval_.test('a.evaluate(1)')).toBe(false);
    expect(/new\s+Function\s*\(/.test('new Function("return 1")')).toBe(true);
    expect('s.src="https://cdn.example/x.js"'.match(/https?:\/\/[^\s"'`)]+\.m?js(?=[\s"'`?#)])/g)).toEqual(['https://cdn.example/x.js']);
  });
});
