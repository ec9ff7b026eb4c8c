/**
 * The bench table: sections add rows (a measured value with unit, optional baseline and budget);
 * the runner prints them together and fails when a row is over its budget.
 */
export interface BenchRow {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** A reference value shown next to the measurement (e.g. the previous release). */
  baseline?: number;
  /** The row fails when value > budget. */
  budget?: number;
  detail?: string;
}

export interface BenchContext {
  /** The unpacked Chrome build (chrome-mv3 folder). */
  extensionDir: string;
}

export type RowOptions = Pick<BenchRow, 'baseline' | 'budget' | 'detail'>;

export interface BenchSection {
  name: string;
  run(row: (name: string, value: number, unit: string, options?: RowOptions) => void, context: BenchContext): Promise<void>;
}

export const overBudget = (row: BenchRow) => row.budget !== undefined && row.value > row.budget;

const format = (value: number | undefined, unit: string) =>
  value === undefined ? '' : `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${unit}`;

export function renderTable(rows: BenchRow[]): string {
  const header = ['section', 'name', 'value', 'baseline', 'budget', 'status', 'detail'];
  const lines = rows.map((row) => [
    row.section,
    row.name,
    format(row.value, row.unit),
    format(row.baseline, row.unit),
    format(row.budget, row.unit),
    row.budget === undefined ? '' : overBudget(row) ? 'OVER' : 'ok',
    row.detail ?? '',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n');
}
