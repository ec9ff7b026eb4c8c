/**
 * `npm run check:size` (part of `npm test`): the size budgets of `npm run bench -- size`
 * (scripts/bench/size.ts: content script core ≤ 30 KB gz, popup ≤ 40 KB gz, each with every chunk
 * it loads) checked on a production build. Exits 1 with what grew and by how much.
 * Reuses a finished build with POPS_EXT_DIR; otherwise builds into WXT_OUT_DIR (default .output-size).
 */
import { buildExtension } from '../tests/e2e/harness/extension';
import type { BenchRow } from './bench/report';
import { sizeSection } from './bench/size';

const KB = 1024;
const extensionDir = process.env.POPS_EXT_DIR ?? buildExtension(process.env.WXT_OUT_DIR ?? '.output-size');

const budgeted: BenchRow[] = [];
await sizeSection.run(
  (name, value, unit, options) => {
    if (options?.budget !== undefined) budgeted.push({ section: sizeSection.name, name, value, unit, ...options });
  },
  { extensionDir },
);

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
if (budgeted.length < 2) {
  console.error(`size budget: expected the content script and popup entries in ${extensionDir}, found ${budgeted.map((r) => r.name).join(', ') || 'none'}`);
  process.exit(1);
}
let failed = false;
for (const row of budgeted) {
  const over = row.value > row.budget!;
  failed ||= over;
  const line = `${row.name}: ${kb(row.value)} gz of ${kb(row.budget!)} budget (${row.detail})`;
  if (over) {
    console.error(`OVER BUDGET ${line}: ${kb(row.value - row.budget!)} too large. Load the new code lazily ` +
      '(the picker and renderer arrive through loadPageUi) or trim dependencies; `npm run bench -- size` lists every file.');
  } else console.log(`ok ${line}`);
}
process.exit(failed ? 1 : 0);
