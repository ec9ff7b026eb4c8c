/**
 * Where a browser run leaves its outcome: tests/.artifacts/browser-matrix.json, one entry per
 * browser, replaced whole by that browser's next run. scripts/browser-matrix.ts renders it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod/mini';
import { REPO_ROOT } from '../harness/extension';

export const MATRIX_FILE = path.join(REPO_ROOT, 'tests/.artifacts/browser-matrix.json');

const outcome = z.object({
  title: z.string(),
  status: z.enum(['passed', 'failed', 'not applicable']),
  ms: z.optional(z.number()),
  note: z.optional(z.string()),
});
const browserRun = z.object({ version: z.string(), finishedAt: z.string(), scenarios: z.record(z.string(), outcome) });
export const matrixSchema = z.object({ browsers: z.record(z.string(), browserRun) });

export type Outcome = z.infer<typeof outcome>;
export type BrowserRun = z.infer<typeof browserRun>;
export type Matrix = z.infer<typeof matrixSchema>;

export function readMatrix(file = MATRIX_FILE): Matrix {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { browsers: {} };
  }
  const parsed = matrixSchema.safeParse(raw);
  return parsed.success ? parsed.data : { browsers: {} };
}

export function writeBrowserRun(browser: string, run: BrowserRun, file = MATRIX_FILE): void {
  const matrix = readMatrix(file);
  matrix.browsers[browser] = run;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(matrix, null, 2)}\n`);
}
