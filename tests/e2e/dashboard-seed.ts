/**
 * Synthetic teammate exports for the dashboard e2e tests: past-dated events and the rollups the
 * background would have built from them (same pure rollup code), in the documented export format.
 */
import type { StoredEvent } from '../../utils/schemas/events';
import { USAGE_EXPORT_SCHEMA, type Rollup, type UsageExport } from '../../utils/schemas/usage';
import { applyEvent, emptyRollup, rollupKeyOf, scopeOf } from '../../utils/metrics/rollup';

const DAY_MS = 24 * 3600 * 1000;
const TEMPLATES = ['user-story', 'bug-report', 'epic-brief', 'product-requirements'];

/** `weeks` weeks of history ending today: a rising number of insertions and weekly ratings. */
export function teammateEvents(tag: string, weeks: number, now = new Date()): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const ts = new Date(now.getTime() - w * 7 * DAY_MS - 2 * 3600 * 1000).toISOString();
    const week = weeks - w;
    TEMPLATES.forEach((templateId, t) => {
      for (let n = 0; n < Math.max(0, week + 2 - t * 2); n++) {
        events.push({ id: `${tag}-w${week}-${templateId}-${n}`, ts, type: 'template_inserted', templateId, version: 1, site: t === 2 ? 'confluence-cloud' : 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 900, usedFields: true });
      }
    });
    events.push({ id: `${tag}-w${week}-ces`, ts, type: 'feedback_submitted', serviceId: 'templates', question: 'ces', score: Math.min(7, 3 + Math.floor(week / 2)) });
    events.push({ id: `${tag}-w${week}-csat`, ts, type: 'feedback_submitted', serviceId: 'product-ops-support', question: 'csat', score: 4 + (week % 2) });
  }
  return events;
}

export function rollupsOf(events: readonly StoredEvent[]): Rollup[] {
  const byKey = new Map<string, Rollup>();
  for (const event of events) {
    const scope = scopeOf(event);
    const key = rollupKeyOf(scope);
    const rollup = byKey.get(key) ?? emptyRollup(scope);
    applyEvent(rollup, event);
    byKey.set(key, rollup);
  }
  return [...byKey.values()];
}

export function exportFile(installId: string, events: StoredEvent[], exportedAt = new Date()): UsageExport {
  return { schema: USAGE_EXPORT_SCHEMA, installId, exportedAt: exportedAt.toISOString(), events, rollups: rollupsOf(events) };
}
