/**
 * Bundle size section: raw and gzip bytes of every built file, plus per-entry totals (an entry
 * plus the chunks it statically imports) with the size budgets: content script ≤ 30 KB gz,
 * popup ≤ 40 KB gz.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSection } from './bench/report';

const KB = 1024;
const BUDGETS_GZ: Record<string, number> = { 'content-scripts/atlassian': 30 * KB, popup: 40 * KB };

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
    const entries = files.filter((file) => file.endsWith('.html') || file === 'background.js' || file.startsWith('content-scripts/'));
    const grouped = new Map<string, string[]>();
    for (const entry of entries) {
      const name = entry.replace(/\.(html|js|css)$/, '');
      const closure = entry.endsWith('.css') ? [entry] : entryClosure(extensionDir, entry);
      grouped.set(name, [...new Set([...(grouped.get(name) ?? []), ...closure])]);
    }
    for (const [name, closure] of grouped) {
      const total = closure.reduce((sum, file) => sum + (gz.get(file)?.gz ?? 0), 0);
      const raw = closure.reduce((sum, file) => sum + (gz.get(file)?.raw ?? 0), 0);
      row(`${name} (entry total)`, total, 'B gz', {
        budget: BUDGETS_GZ[name],
        detail: `raw ${raw.toLocaleString('en-US')} B, ${closure.length} file(s)`,
      });
    }
  },
};
