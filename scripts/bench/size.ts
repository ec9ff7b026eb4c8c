/**
 * Bundle size section: raw and gzip bytes of every built file, plus per-entry totals (an entry
 * plus the chunks it statically imports) with the size budgets: content script core ≤ 30 KB gz
 * (what loads on every Atlassian page), popup ≤ 40 KB gz. Entries are found, not listed: every
 * HTML page, every script under content-scripts/ and every script at the build's root (the
 * background, and scripts the manifest doesn't name, injected on first use such as /page-ui.js).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSection } from './report';

const KB = 1024;
const BUDGETS_GZ: Record<string, number> = { 'content-scripts/atlassian': 30 * KB, popup: 40 * KB };
/** Issue 4's stretch goal for what loads on every Atlassian page; shown, not enforced. */
const CORE_STRETCH_GZ = 12 * KB;

/** How an entry reaches the browser, from the built manifest. */
function entryRoles(dir: string): (file: string) => string {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const onEveryPage = new Set((manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]));
  return (file) => {
    if (file === manifest.background?.service_worker) return 'background service worker';
    if (onEveryPage.has(file)) return `loads on every matching page (stretch ≤ ${CORE_STRETCH_GZ / KB} KB gz)`;
    if (file.endsWith('.html')) return 'extension page';
    return 'not in the manifest: injected on first use';
  };
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

/** Files an entry loads: scripts/styles of an HTML page, then static imports between chunks. */
function entryClosure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(dir, file), 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
      : [...text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
    for (const ref of refs) visit(ref.startsWith('/') ? path.normalize(ref.slice(1)) : path.join(path.dirname(file), ref));
  };
  visit(entry);
  return [...seen];
}

export const sizeSection: BenchSection = {
  name: 'size',
  async run(row, { extensionDir }) {
    const files = listFiles(extensionDir).filter((file) => /\.(js|css|html)$/.test(file)).sort();
    const gz = new Map<string, { raw: number; gz: number }>();
    for (const file of files) {
      const bytes = readFileSync(path.join(extensionDir, file));
      gz.set(file, { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
      row(file, gz.get(file)!.gz, 'B gz', { detail: `raw ${bytes.length.toLocaleString('en-US')} B` });
    }
    const roleOf = entryRoles(extensionDir);
    const atRoot = (file: string) => !file.includes('/') && file.endsWith('.js');
    const entries = files.filter((file) => file.endsWith('.html') || atRoot(file) || file.startsWith('content-scripts/'));
    const roles = new Map<string, string>();
    const grouped = new Map<string, string[]>();
    for (const entry of entries) {
      const name = entry.replace(/\.(html|js|css)$/, '');
      const closure = entry.endsWith('.css') ? [entry] : entryClosure(extensionDir, entry);
      grouped.set(name, [...new Set([...(grouped.get(name) ?? []), ...closure])]);
      if (!entry.endsWith('.css')) roles.set(name, roleOf(entry));
    }
    for (const [name, closure] of grouped) {
      const total = closure.reduce((sum, file) => sum + (gz.get(file)?.gz ?? 0), 0);
      const raw = closure.reduce((sum, file) => sum + (gz.get(file)?.raw ?? 0), 0);
      row(`${name} (entry total)`, total, 'B gz', {
        budget: BUDGETS_GZ[name],
        detail: `${roles.get(name) ?? 'styles'}; raw ${raw.toLocaleString('en-US')} B, ${closure.length} file(s)`,
      });
    }
  },
};
