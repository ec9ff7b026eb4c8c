/**
 * `npm run bench`: builds the Chrome extension (or reuses POPS_EXT_DIR), runs every registered
 * bench section and prints one table. Exits 1 when a row exceeds its budget.
 * Select sections with `npm run bench -- size`.
 */
import { buildExtension } from '../tests/e2e/harness/extension';
import { overBudget, renderTable, type BenchRow } from './bench/report';
import { benchSections } from './bench/sections';

const wanted = process.argv.slice(2);
const sections = wanted.length ? benchSections.filter((s) => wanted.includes(s.name)) : benchSections;
const extensionDir = process.env.POPS_EXT_DIR ?? buildExtension(process.env.WXT_OUT_DIR ?? '.output-bench');

const rows: BenchRow[] = [];
for (const section of sections) {
  await section.run((name, value, unit, options) => rows.push({ section: section.name, name, value, unit, ...options }), {
    extensionDir,
  });
}
console.log(renderTable(rows));
const failures = rows.filter(overBudget);
for (const row of failures) console.error(`OVER BUDGET: ${row.section}/${row.name} ${row.value} ${row.unit} > ${row.budget}`);
process.exit(failures.length ? 1 : 0);
