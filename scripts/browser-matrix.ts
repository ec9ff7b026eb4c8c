/**
 * Renders the README's browser × scenario matrix from what the shared e2e scenarios recorded
 * (tests/.artifacts/browser-matrix.json, written by tests/e2e/scenarios/suite.ts) and replaces the
 * README section between the markers. The table is never typed by hand.
 *
 * Usage: `npm run matrix` (after `npm test` or `npm run test:browsers`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MATRIX_FILE, readMatrix, type Matrix, type Outcome } from '../tests/e2e/scenarios/results';

const START = '<!-- browser-matrix:start -->';
const END = '<!-- browser-matrix:end -->';
const BROWSERS = ['chromium', 'firefox'] as const;
const README = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'README.md');

const cell = (outcome: Outcome | undefined): string => {
  if (!outcome) return 'not run';
  if (outcome.status === 'passed') return '✅ passes';
  if (outcome.status === 'failed') return `❌ fails: ${outcome.note ?? ''}`.trim();
  return `n/a: ${outcome.note ?? ''}`.trim();
};

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown for the section body: rows in the order the scenarios ran, one column per browser. */
export function renderMatrix(matrix: Matrix): string {
  const ids: string[] = [];
  const titles = new Map<string, string>();
  for (const browser of BROWSERS) {
    for (const [id, outcome] of Object.entries(matrix.browsers[browser]?.scenarios ?? {})) {
      if (!titles.has(id)) ids.push(id);
      titles.set(id, outcome.title);
    }
  }
  if (ids.length === 0) return '_No browser run recorded yet: run `npm test`, then `npm run matrix`._';
  const header = BROWSERS.map((b) => matrix.browsers[b]?.version ?? `${b} (not run)`);
  const rows = ids.map((id) => [titles.get(id)!, ...BROWSERS.map((b) => cell(matrix.browsers[b]?.scenarios[id]))]);
  return [
    `| Scenario | ${header.join(' | ')} |`,
    `| --- | ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** Replaces what lies between the markers; the README must already hold both, in order. */
export function replaceSection(readme: string, body: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} … ${END} (in that order)`);
  return `${readme.slice(0, start + START.length)}\n${body}\n${readme.slice(end)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const matrix = readMatrix();
  const before = readFileSync(README, 'utf8');
  const after = replaceSection(before, renderMatrix(matrix));
  if (after !== before) writeFileSync(README, after);
  console.log(`[matrix] ${after === before ? 'README matrix unchanged' : 'README matrix updated'} from ${path.relative(process.cwd(), MATRIX_FILE)}`);
}
