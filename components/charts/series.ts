/** Turns the dashboard's weekly buckets into uPlot's column data and a plain table for screen readers. */

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

export interface ChartData {
  /** Week starts (YYYY-MM-DD, Mondays), the x axis. */
  weeks: string[];
  series: ChartSeries[];
}

const weekSeconds = (week: string) => Date.parse(`${week}T00:00:00Z`) / 1000;

export function toAligned(data: ChartData): [number[], ...(number | null)[][]] {
  return [data.weeks.map(weekSeconds), ...data.series.map((s) => s.values)];
}

/** Insertions per week, one series per template (most used first), missing weeks as 0. */
export function insertionSeries(
  weekly: readonly { week: string; byTemplate: Record<string, number> }[],
  nameOf: (templateId: string) => string,
  limit = 6,
): ChartData {
  const totals = new Map<string, number>();
  for (const w of weekly) for (const [id, n] of Object.entries(w.byTemplate)) totals.set(id, (totals.get(id) ?? 0) + n);
  const ids = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const shown = ids.slice(0, limit);
  const rest = ids.slice(limit);
  const series = shown.map((id) => ({ label: nameOf(id), values: weekly.map((w) => w.byTemplate[id] ?? 0) }));
  if (rest.length) {
    series.push({ label: 'Other templates', values: weekly.map((w) => rest.reduce((n, id) => n + (w.byTemplate[id] ?? 0), 0)) });
  }
  return { weeks: weekly.map((w) => w.week), series };
}

/** Average score per week per service on a 0–100 % scale (so CES, CSAT, NPS share one axis); gaps are null. */
export function feedbackSeries(
  services: readonly { serviceId: string; trend: { week: string; average: number | null }[] }[],
  nameOf: (serviceId: string) => string,
  normalise: (serviceId: string, average: number | null) => number | null,
): ChartData {
  const weeks = [...new Set(services.flatMap((s) => s.trend.map((t) => t.week)))].sort();
  return {
    weeks,
    series: services.map((s) => {
      const byWeek = new Map(s.trend.map((t) => [t.week, t.average]));
      return {
        label: nameOf(s.serviceId),
        values: weeks.map((w) => {
          const value = normalise(s.serviceId, byWeek.get(w) ?? null);
          return value === null ? null : Math.round(value * 100);
        }),
      };
    }),
  };
}

/** One sentence for aria-describedby: what the chart shows and its biggest numbers. */
export function summarise(data: ChartData, unit: string): string {
  if (data.weeks.length === 0 || data.series.length === 0) return `No data in this range.`;
  const parts = data.series.map((s) => {
    const values = s.values.filter((v): v is number => v !== null);
    const total = values.reduce((a, b) => a + b, 0);
    return unit === '%' ? `${s.label}: latest ${values.at(-1) ?? '—'} %` : `${s.label}: ${total} ${unit}`;
  });
  return `${data.weeks.length} weeks from ${data.weeks[0]} to ${data.weeks.at(-1)}. ${parts.join('; ')}.`;
}
