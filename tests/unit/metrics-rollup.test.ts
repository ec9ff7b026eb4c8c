import { describe, expect, it } from 'vitest';
import { aggregateStats } from '@/utils/metrics/aggregate';
import { applyEvent, emptyRollup, rollupKeyOf, scopeOf } from '@/utils/metrics/rollup';
import type { StoredEvent, UsageEvent } from '@/utils/schemas/events';
import type { Rollup } from '@/utils/schemas/usage';
import { median, weekOf } from '@/utils/metrics/weeks';

let seq = 0;
const at = (ts: string, event: UsageEvent): StoredEvent => ({ ...event, id: `e${++seq}`, ts });
const insert = (templateId: string, ts: string, ms = 1000, version = 1) =>
  at(ts, { type: 'template_inserted', templateId, version, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms, usedFields: true });

function rollupsOf(events: StoredEvent[]): Rollup[] {
  const byKey = new Map<string, Rollup>();
  for (const e of events) {
    const scope = scopeOf(e);
    const r = byKey.get(rollupKeyOf(scope)) ?? emptyRollup(scope);
    applyEvent(r, e);
    byKey.set(r.key, r);
  }
  return [...byKey.values()];
}

const ctx = { from: '2025-03-01', to: '2025-03-31', minutesSaved: { prd: 30 }, defaultMinutesSaved: 10 };

describe('rollup maths', () => {
  it('keys rollups by the recording browser’s local calendar day and dimensions', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Australia/Sydney'; // UTC+11 in March: 22:30 UTC is 9:30 the next morning
      expect(rollupKeyOf(scopeOf({ ts: '2025-03-10T22:30:00.000Z', site: 'jira-dc', project: 'ABC' }))).toBe('2025-03-11|jira-dc|ABC');
      process.env.TZ = 'America/Los_Angeles'; // UTC-7 after 9 March: 02:00 UTC is 7 pm the evening before
      expect(rollupKeyOf(scopeOf({ ts: '2025-03-11T02:00:00.000Z' }))).toBe('2025-03-10|-|-');
      process.env.TZ = 'UTC';
      expect(rollupKeyOf(scopeOf({ ts: '2025-03-10T23:59:00.000Z', site: 'jira-dc' }))).toBe('2025-03-10|jira-dc|-');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('counts insertions, hours saved (per-template minutes) and active days', () => {
    const events = [
      insert('prd', '2025-03-03T10:00:00.000Z'),
      insert('prd', '2025-03-03T11:00:00.000Z'),
      insert('bug', '2025-03-05T10:00:00.000Z'),
    ];
    const stats = aggregateStats(rollupsOf(events), [], ctx);
    expect(stats.cards.insertions).toBe(3);
    // 2 × 30 min + 1 × 10 min = 70 min
    expect(stats.cards.hoursSaved).toBe(1.2);
    expect(stats.cards.activeDays).toBe(2);
    expect(stats.weeklyInsertions).toEqual([{ week: '2025-03-03', byTemplate: { prd: 2, bug: 1 } }]);
    const prd = stats.templates.find((t) => t.templateId === 'prd')!;
    expect(prd).toMatchObject({ uses: 2, lastUsed: '2025-03-03T11:00:00.000Z', versions: { '1': 2 }, avgInsertMs: 1000 });
  });

  it('averages CES per service and per template, with a score distribution and weekly trend', () => {
    const fb = (score: number, ts: string, templateId?: string) =>
      at(ts, { type: 'feedback_submitted', serviceId: 'templates', question: 'ces', score, ...(templateId && { templateId, templateVersion: 1 }) });
    const events = [fb(7, '2025-03-03T10:00:00.000Z', 'prd'), fb(5, '2025-03-04T10:00:00.000Z', 'prd'), fb(3, '2025-03-11T10:00:00.000Z')];
    const stats = aggregateStats(rollupsOf(events), [], ctx);
    expect(stats.cards.averageCesByService).toEqual([{ serviceId: 'templates', average: 5, responses: 3 }]);
    expect(stats.services[0]!.distribution).toEqual({ '7': 1, '5': 1, '3': 1 });
    expect(stats.services[0]!.trend).toEqual([
      { week: '2025-03-03', responses: 2, average: 6 },
      { week: '2025-03-10', responses: 1, average: 3 },
    ]);
    expect(stats.templates.find((t) => t.templateId === 'prd')).toMatchObject({ avgCes: 6, cesResponses: 2 });
  });

  it('computes checklist completion rate, median time and the most-skipped mandatory item', () => {
    const r = emptyRollup({ day: '2025-03-03' });
    r.checklists.dor = { started: 4, completed: 2, durationsMs: [1000, 3000], itemChecks: { ac: 4, tests: 1, design: 2 } };
    const stats = aggregateStats([r], [], { ...ctx, mandatoryItems: { dor: ['ac', 'tests'] } });
    expect(stats.cards.checklistCompletionRate).toBe(0.5);
    expect(stats.checklists[0]).toEqual({
      checklistId: 'dor',
      started: 4,
      completed: 2,
      completionRate: 0.5,
      medianMsToComplete: 2000,
      mostSkippedItem: { itemId: 'tests', skipped: 3 },
    });
  });

  it('nets checklist toggles: check, uncheck, check counts once', () => {
    const t = (checked: boolean) => at('2025-03-03T10:00:00.000Z', { type: 'checklist_item_toggled', checklistId: 'dor', version: 1, itemId: 'ac', checked });
    const [r] = rollupsOf([t(true), t(false), t(true)]);
    expect(r!.checklists.dor!.itemChecks).toEqual({ ac: 1 });
  });

  it('lists failed inserts by site and editor, and compliance with the most-missing section', () => {
    const events = [
      at('2025-03-03T10:00:00.000Z', { type: 'insert_failed', site: 'confluence-dc', editor: 'tinymce', reason: 'no_caret' }),
      at('2025-03-03T10:00:00.000Z', { type: 'insert_failed', site: 'confluence-dc', editor: 'tinymce', reason: 'no_caret' }),
      at('2025-03-03T10:00:00.000Z', { type: 'compliance_checked', templateId: 'prd', version: 1, score: 0.5, missing: ['risks', 'metrics'] }),
      at('2025-03-04T10:00:00.000Z', { type: 'compliance_checked', templateId: 'prd', version: 1, score: 0.7, missing: ['risks'] }),
    ];
    const stats = aggregateStats(rollupsOf(events), [], ctx);
    expect(stats.failures).toEqual([{ site: 'confluence-dc', editor: 'tinymce', count: 2 }]);
    expect(stats.cards.failedInserts).toBe(2);
    const prd = stats.templates.find((t) => t.templateId === 'prd')!;
    expect(prd.complianceScore).toBeCloseTo(0.6);
    expect(prd.mostMissingSection).toBe('risks');
  });

  it('flags templates unused for 60 days and templates with poor scores for review', () => {
    const old = rollupsOf([insert('legacy', '2024-12-01T10:00:00.000Z')]);
    const fresh = rollupsOf([
      insert('prd', '2025-03-20T10:00:00.000Z'),
      ...[2, 3, 2].map((score) =>
        at('2025-03-20T10:00:00.000Z', { type: 'feedback_submitted', serviceId: 'templates', question: 'ces', score, templateId: 'prd', templateVersion: 1 }),
      ),
    ]);
    const stats = aggregateStats(fresh, [...old, ...fresh], ctx);
    expect(stats.review).toEqual([
      { templateId: 'legacy', reason: 'unused', detail: 'last used 2024-12-01' },
      { templateId: 'prd', reason: 'poor_ces', detail: 'average CES 2.3' },
    ]);
  });

  it('weeks start on Monday (UTC) and medians handle even counts', () => {
    expect(weekOf('2025-03-09')).toBe('2025-03-03');
    expect(weekOf('2025-03-10')).toBe('2025-03-10');
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
});
