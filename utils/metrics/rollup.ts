/**
 * Pure rollup maths: one event updates one daily rollup in place. Shared by live recording,
 * the v2 backfill and tests, so all three agree.
 */
import { localDay } from '../calendar';
import type { StoredEvent } from '../schemas/events';
import type { ChecklistRollup, Rollup, ServiceRollup, TemplateRollup } from '../schemas/usage';

/** What an event or a rollup touch is counted by: its time, site and project. */
export type RollupDims = Pick<StoredEvent, 'site' | 'project'> & { ts: string };
/** What one rollup record counts: a day, and the site and project where its grain keeps them. */
export type RollupScope = Pick<Rollup, 'day' | 'site' | 'project'>;

/**
 * Rollups are per local calendar day of the browser that recorded the event, so a PM's Tuesday is
 * Tuesday on the dashboard wherever they work (a teammate's import keeps the teammate's days).
 */
export function scopeOf({ ts, site, project }: RollupDims): RollupScope {
  return { day: localDay(ts), ...(site && { site }), ...(project && { project }) };
}

export function rollupKeyOf(scope: RollupScope): string {
  return `${scope.day}|${scope.site ?? '-'}|${scope.project ?? '-'}`;
}

/** `key` defaults to the day × site × project key; the coarser grains (grains.ts) pass their own. */
export function emptyRollup(scope: RollupScope, key = rollupKeyOf(scope)): Rollup {
  const rollup: Rollup = {
    key,
    day: scope.day,
    counts: {},
    templates: {},
    services: {},
    checklists: {},
    failures: {},
    featureErrors: {},
  };
  if (scope.site) rollup.site = scope.site;
  if (scope.project) rollup.project = scope.project;
  return rollup;
}

const bump = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};

export const emptyTemplateRollup = (): TemplateRollup => ({
  inserts: 0,
  ms: 0,
  versions: {},
  complianceSum: 0,
  complianceN: 0,
  missing: {},
  cesSum: 0,
  cesN: 0,
});

export const emptyChecklistRollup = (): ChecklistRollup => ({ started: 0, completed: 0, durationsMs: [], itemChecks: {} });

function templateOf(rollup: Rollup, templateId: string): TemplateRollup {
  return (rollup.templates[templateId] ??= emptyTemplateRollup());
}

export function checklistOf(rollup: Rollup, checklistId: string): ChecklistRollup {
  return (rollup.checklists[checklistId] ??= emptyChecklistRollup());
}

function serviceOf(rollup: Rollup, serviceId: string, question: ServiceRollup['question']): ServiceRollup {
  return (rollup.services[serviceId] ??= { question, n: 0, sum: 0, dist: {} });
}

export function applyEvent(rollup: Rollup, event: StoredEvent): void {
  bump(rollup.counts, event.type);
  switch (event.type) {
    case 'template_inserted': {
      const t = templateOf(rollup, event.templateId);
      t.inserts += 1;
      t.ms += event.ms;
      bump(t.versions, String(event.version));
      if (!t.lastTs || t.lastTs < event.ts) t.lastTs = event.ts;
      break;
    }
    case 'compliance_checked': {
      const t = templateOf(rollup, event.templateId);
      t.complianceSum += event.score;
      t.complianceN += 1;
      for (const section of event.missing) bump(t.missing, section);
      break;
    }
    case 'feedback_submitted': {
      const s = serviceOf(rollup, event.serviceId, event.question);
      s.n += 1;
      s.sum += event.score;
      bump(s.dist, String(event.score));
      if (event.templateId && event.question === 'ces') {
        const t = templateOf(rollup, event.templateId);
        t.cesSum += event.score;
        t.cesN += 1;
      }
      break;
    }
    case 'checklist_item_toggled':
      bump(checklistOf(rollup, event.checklistId).itemChecks, event.itemId, event.checked ? 1 : -1);
      break;
    case 'checklist_completed': {
      const c = checklistOf(rollup, event.checklistId);
      c.completed += 1;
      c.durationsMs.push(event.msToComplete);
      break;
    }
    case 'insert_failed':
      bump(rollup.failures, `${event.site}|${event.editor}`);
      break;
    case 'feature_error':
      bump(rollup.featureErrors, event.featureId);
      break;
    case 'picker_opened':
    case 'gate_warning_shown':
    case 'gate_overridden':
      break;
  }
}

export function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, n] of Object.entries(from)) bump(into, key, n);
}

export function mergeTemplateRollup(into: TemplateRollup, from: TemplateRollup): void {
  into.inserts += from.inserts;
  into.ms += from.ms;
  addCounts(into.versions, from.versions);
  if (from.lastTs && (!into.lastTs || into.lastTs < from.lastTs)) into.lastTs = from.lastTs;
  into.complianceSum += from.complianceSum;
  into.complianceN += from.complianceN;
  addCounts(into.missing, from.missing);
  into.cesSum += from.cesSum;
  into.cesN += from.cesN;
}

export function mergeChecklistRollup(into: ChecklistRollup, from: ChecklistRollup): void {
  into.started += from.started;
  into.completed += from.completed;
  into.durationsMs.push(...from.durationsMs);
  addCounts(into.itemChecks, from.itemChecks);
}

export function mergeServiceRollup(into: ServiceRollup, from: ServiceRollup): void {
  into.n += from.n;
  into.sum += from.sum;
  addCounts(into.dist, from.dist);
}

/** Adds `from` into `into`: the sum of two rollups equals the rollup of both days' events. */
export function mergeRollup(into: Rollup, from: Rollup): void {
  addCounts(into.counts, from.counts);
  addCounts(into.failures, from.failures);
  addCounts(into.featureErrors, from.featureErrors);
  for (const [id, t] of Object.entries(from.templates)) mergeTemplateRollup(templateOf(into, id), t);
  for (const [id, c] of Object.entries(from.checklists)) mergeChecklistRollup(checklistOf(into, id), c);
  for (const [id, s] of Object.entries(from.services)) mergeServiceRollup(serviceOf(into, id, s.question), s);
}

/** Takes one compliance check back out of the rollup that counted it (its page was checked again). */
export function withdrawCompliance(rollup: Rollup, check: { templateId: string; score: number; missing: readonly string[] }): void {
  const t = rollup.templates[check.templateId];
  if (!t || t.complianceN === 0) return;
  t.complianceSum -= check.score;
  t.complianceN -= 1;
  for (const section of check.missing) {
    const left = (t.missing[section] ?? 0) - 1;
    if (left > 0) t.missing[section] = left;
    else delete t.missing[section];
  }
}
