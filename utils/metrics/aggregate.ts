/** Pure dashboard maths over daily rollups: no IndexedDB here, so every number is unit-tested. */
import type { Rollup } from '../schemas/usage';
import { checklistTable, serviceTable, templateTable, type TemplateRow } from './aggregate-tables';
import { addDays, weekOf } from './weeks';
import { localDay } from '../calendar';

export interface StatsContext {
  from: string;
  to: string;
  minutesSaved: Record<string, number>;
  defaultMinutesSaved: number;
  mandatoryItems?: Record<string, string[]>;
  /** Thresholds for the "review" list. */
  staleAfterDays?: number;
  poorCes?: number;
  poorCompliance?: number;
}

const REVIEW_MIN_RESPONSES = 3;

function reviewFlags(allTime: TemplateRow[], inRange: TemplateRow[], ctx: StatsContext) {
  const staleBefore = addDays(ctx.to, -(ctx.staleAfterDays ?? 60));
  const flags: { templateId: string; reason: 'unused' | 'poor_ces' | 'poor_compliance'; detail: string }[] = [];
  for (const t of allTime) {
    const lastDay = t.lastUsed && localDay(t.lastUsed);
    if (lastDay && lastDay < staleBefore) {
      flags.push({ templateId: t.templateId, reason: 'unused', detail: `last used ${lastDay}` });
    }
  }
  for (const t of inRange) {
    if (t.avgCes !== null && t.cesResponses >= REVIEW_MIN_RESPONSES && t.avgCes < (ctx.poorCes ?? 4)) {
      flags.push({ templateId: t.templateId, reason: 'poor_ces', detail: `average CES ${t.avgCes.toFixed(1)}` });
    }
    if (t.complianceScore !== null && t.complianceScore < (ctx.poorCompliance ?? 0.6)) {
      flags.push({ templateId: t.templateId, reason: 'poor_compliance', detail: `compliance ${Math.round(t.complianceScore * 100)} %` });
    }
  }
  return flags;
}

const activeDaysOf = (rollups: readonly Rollup[]) => new Set(rollups.filter((r) => Object.keys(r.counts).length > 0).map((r) => r.day));
const totalOf = (rollups: readonly Rollup[], type: string) => rollups.reduce((n, r) => n + (r.counts[type] ?? 0), 0);

/** One person's adoption over their rollups in range: the dashboard's "by whom" row. */
export function personSummary(rollups: readonly Rollup[]) {
  const days = [...activeDaysOf(rollups)].sort();
  const templates = new Set(rollups.flatMap((r) => Object.entries(r.templates).filter(([, t]) => t.inserts > 0).map(([id]) => id)));
  return {
    insertions: totalOf(rollups, 'template_inserted'),
    templatesUsed: templates.size,
    activeDays: days.length,
    checklistsCompleted: totalOf(rollups, 'checklist_completed'),
    ratings: totalOf(rollups, 'feedback_submitted'),
    lastActiveDay: days.at(-1) ?? null,
  };
}

/** `allTime` = every rollup up to `to` (for "unused for 60 days"); `rollups` = those in range. */
export function aggregateStats(rollups: readonly Rollup[], allTime: readonly Rollup[], ctx: StatsContext) {
  const templates = templateTable(rollups);
  const checklists = checklistTable(rollups, ctx.mandatoryItems);
  const services = serviceTable(rollups);
  const total = (type: string) => totalOf(rollups, type);
  const started = checklists.reduce((n, c) => n + c.started, 0);
  const completed = checklists.reduce((n, c) => n + c.completed, 0);
  const minutes = templates.reduce((m, t) => m + t.uses * (ctx.minutesSaved[t.templateId] ?? ctx.defaultMinutesSaved), 0);

  const weekly = new Map<string, Record<string, number>>();
  for (const r of rollups) {
    const week = weekOf(r.day);
    const byTemplate = weekly.get(week) ?? {};
    for (const [id, t] of Object.entries(r.templates)) if (t.inserts) byTemplate[id] = (byTemplate[id] ?? 0) + t.inserts;
    weekly.set(week, byTemplate);
  }
  const failures = new Map<string, number>();
  for (const r of rollups) for (const [k, n] of Object.entries(r.failures)) failures.set(k, (failures.get(k) ?? 0) + n);

  return {
    range: { from: ctx.from, to: ctx.to },
    cards: {
      insertions: total('template_inserted'),
      activeDays: activeDaysOf(rollups).size,
      hoursSaved: Math.round((minutes / 60) * 10) / 10,
      checklistCompletionRate: started > 0 ? Math.min(1, completed / started) : null,
      averageCesByService: services.filter((s) => s.question === 'ces').map((s) => ({ serviceId: s.serviceId, average: s.average, responses: s.responses })),
      failedInserts: total('insert_failed'),
      featureErrors: total('feature_error'),
    },
    weeklyInsertions: [...weekly].sort(([a], [b]) => a.localeCompare(b)).map(([week, byTemplate]) => ({ week, byTemplate })),
    templates,
    checklists,
    services,
    failures: [...failures].map(([key, count]) => {
      const [site, editor] = key.split('|') as [string, string];
      return { site, editor, count };
    }),
    review: reviewFlags(templateTable(allTime), templates, ctx),
  };
}
export type AggregatedStats = ReturnType<typeof aggregateStats>;
