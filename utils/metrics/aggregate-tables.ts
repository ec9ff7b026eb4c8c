/** Per-template, per-checklist and per-service tables, summed over the rollups of a date range. */
import type { ChecklistRollup, Rollup, ServiceRollup, TemplateRollup } from '../schemas/usage';
import { emptyChecklistRollup, emptyTemplateRollup, mergeChecklistRollup, mergeServiceRollup, mergeTemplateRollup } from './rollup';
import { average, median, weekOf } from './weeks';

function sumTemplates(rollups: readonly Rollup[]): Map<string, TemplateRollup> {
  const out = new Map<string, TemplateRollup>();
  for (const rollup of rollups) {
    for (const [id, t] of Object.entries(rollup.templates)) {
      const acc = out.get(id) ?? emptyTemplateRollup();
      mergeTemplateRollup(acc, t);
      out.set(id, acc);
    }
  }
  return out;
}

const topKey = (counts: Record<string, number>): string | null =>
  Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

export function templateTable(rollups: readonly Rollup[]) {
  return [...sumTemplates(rollups)].map(([templateId, t]) => ({
    templateId,
    uses: t.inserts,
    lastUsed: t.lastTs ?? null,
    versions: t.versions,
    avgInsertMs: average(t.ms, t.inserts),
    avgCes: average(t.cesSum, t.cesN),
    cesResponses: t.cesN,
    complianceScore: average(t.complianceSum, t.complianceN),
    mostMissingSection: topKey(t.missing),
  }));
}
export type TemplateRow = ReturnType<typeof templateTable>[number];

export function checklistTable(rollups: readonly Rollup[], mandatoryItems: Record<string, string[]> = {}) {
  const sums = new Map<string, ChecklistRollup>();
  for (const rollup of rollups) {
    for (const [id, c] of Object.entries(rollup.checklists)) {
      const acc = sums.get(id) ?? emptyChecklistRollup();
      mergeChecklistRollup(acc, c);
      sums.set(id, acc);
    }
  }
  return [...sums].map(([checklistId, c]) => {
    const candidates = mandatoryItems[checklistId] ?? Object.keys(c.itemChecks);
    const skipped = candidates
      .map((itemId) => ({ itemId, skipped: Math.max(0, c.started - (c.itemChecks[itemId] ?? 0)) }))
      .filter((s) => s.skipped > 0)
      .sort((a, b) => b.skipped - a.skipped || a.itemId.localeCompare(b.itemId));
    return {
      checklistId,
      started: c.started,
      completed: c.completed,
      completionRate: c.started > 0 ? Math.min(1, c.completed / c.started) : null,
      medianMsToComplete: median(c.durationsMs),
      mostSkippedItem: skipped[0] ?? null,
    };
  });
}

export function serviceTable(rollups: readonly Rollup[]) {
  const sums = new Map<string, ServiceRollup & { trend: Map<string, { n: number; sum: number }> }>();
  for (const rollup of rollups) {
    for (const [id, s] of Object.entries(rollup.services)) {
      const acc = sums.get(id) ?? { question: s.question, n: 0, sum: 0, dist: {}, trend: new Map() };
      mergeServiceRollup(acc, s);
      const week = weekOf(rollup.day);
      const point = acc.trend.get(week) ?? { n: 0, sum: 0 };
      point.n += s.n;
      point.sum += s.sum;
      acc.trend.set(week, point);
      sums.set(id, acc);
    }
  }
  return [...sums].map(([serviceId, s]) => ({
    serviceId,
    question: s.question,
    responses: s.n,
    average: average(s.sum, s.n),
    distribution: s.dist,
    trend: [...s.trend].sort(([a], [b]) => a.localeCompare(b)).map(([week, p]) => ({ week, responses: p.n, average: average(p.sum, p.n) })),
  }));
}
export type ServiceRow = ReturnType<typeof serviceTable>[number];
