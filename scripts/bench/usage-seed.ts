/**
 * A year of heavy, department-scale usage for the IndexedDB bench: deterministic stored events
 * spread over 365 days, 4 site kinds × 8 projects or spaces, 20 templates, 3 checklists and 4
 * services, and the rollups the background would have built from them at every grain (its own
 * applyEvent and grains).
 */
import { randomUUID } from 'node:crypto';
import { grains, type RollupStoreName } from '../../utils/metrics/grains';
import { applyEvent, emptyRollup, scopeOf } from '../../utils/metrics/rollup';
import type { StoredEvent } from '../../utils/schemas/events';
import type { SiteId } from '../../utils/schemas/site';
import type { Rollup } from '../../utils/schemas/usage';

const DAY_MS = 24 * 3600 * 1000;
export const SEED_DAYS = 365;

const SITES: [SiteId, number][] = [['jira-cloud', 0.5], ['confluence-cloud', 0.3], ['jira-dc', 0.12], ['confluence-dc', 0.08]];
const JIRA_PROJECTS = ['ABC', 'PAY', 'WEB', 'MOB', 'API', 'OPS', 'DATA', 'SEC'];
const SPACES = ['ENG', 'PROD', 'DESIGN', 'OPS', 'HR', 'MKT', 'SALES', '~dana'];
const TEMPLATES = [
  'bug-report', 'user-story', 'epic-brief', 'product-requirements', 'decision-record', 'incident-postmortem',
  'launch-readiness', 'release-notes', 'retrospective', 'definition-of-ready', 'definition-of-done',
  ...Array.from({ length: 9 }, (_, i) => `team-template-${i + 1}`),
];
const CHECKLISTS: Record<string, string[]> = {
  'definition-of-ready': ['user-value', 'acceptance-criteria', 'estimated', 'dependencies', 'design-ready'],
  'definition-of-done': ['code-reviewed', 'tests-pass', 'docs-updated', 'demoed'],
  'launch-readiness': ['support-briefed', 'metrics-ready', 'rollback-plan', 'comms-sent', 'legal-ok'],
};
const CHECKLIST_IDS = Object.keys(CHECKLISTS);
const SERVICES = [['templates', 'ces'], ['product-ops-support', 'csat'], ['planning-process', 'nps'], ['office-hours', 'thumbs']] as const;
const TYPES: [StoredEvent['type'], number][] = [
  ['template_inserted', 0.35], ['picker_opened', 0.3], ['checklist_item_toggled', 0.15], ['compliance_checked', 0.07],
  ['feedback_submitted', 0.04], ['checklist_completed', 0.03], ['insert_failed', 0.02], ['gate_warning_shown', 0.02],
  ['gate_overridden', 0.01], ['feature_error', 0.01],
];

/** mulberry32: small, fast and the same sequence on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class UsageSeed {
  /** Per rollup store, its records by key. */
  readonly rollups = new Map<RollupStoreName, Map<string, Rollup>>(grains.map((grain) => [grain.store, new Map()]));
  private readonly random: () => number;
  private readonly end: number;

  constructor(seed: number, now = new Date()) {
    this.random = prng(seed);
    this.end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS - 1;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private weighted<T>(items: readonly [T, number][]): T {
    let r = this.random();
    for (const [item, weight] of items) if ((r -= weight) < 0) return item;
    return items[items.length - 1]![0];
  }

  /** Weekdays busier than weekends; usage grows over the year, as adoption does. */
  private timestamp(): string {
    for (;;) {
      const ms = this.end - Math.floor(this.random() * SEED_DAYS * DAY_MS);
      const weekday = new Date(ms).getUTCDay() % 6 !== 0;
      const growth = 0.4 + 0.6 * (1 - (this.end - ms) / (SEED_DAYS * DAY_MS));
      if (this.random() < (weekday ? 1 : 0.15) * growth) return new Date(ms).toISOString();
    }
  }

  private event(id: string): StoredEvent {
    const site = this.weighted(SITES);
    const project = this.random() < 0.9 ? this.pick(site.startsWith('jira') ? JIRA_PROJECTS : SPACES) : undefined;
    const base = { id, ts: this.timestamp(), site, project };
    const type = this.weighted(TYPES);
    const checklistId = this.pick(CHECKLIST_IDS);
    switch (type) {
      case 'template_inserted':
        return { ...base, type, templateId: this.pick(TEMPLATES), version: 1 + Math.floor(this.random() * 3), page: 'issue', editor: 'prosemirror', ms: 5 + Math.floor(this.random() * 60), usedFields: this.random() < 0.7 };
      case 'picker_opened':
        return { ...base, type, page: site.startsWith('jira') ? 'issue' : 'page-edit' };
      case 'checklist_item_toggled':
        return { ...base, type, checklistId, version: 1, itemId: this.pick(CHECKLISTS[checklistId]!), checked: this.random() < 0.85 };
      case 'compliance_checked':
        return { ...base, type, templateId: this.pick(TEMPLATES), version: 1, score: Math.round(this.random() * 100) / 100, missing: this.random() < 0.4 ? ['acceptance-criteria'] : [] };
      case 'feedback_submitted': {
        const [serviceId, question] = this.pick(SERVICES);
        const max = { ces: 7, csat: 5, nps: 10, thumbs: 1 }[question];
        return { ...base, type, serviceId, question, score: Math.round(this.random() * max), ...(question === 'ces' ? { templateId: this.pick(TEMPLATES), templateVersion: 1 } : {}) };
      }
      case 'checklist_completed':
        return { ...base, type, checklistId, version: 1, msToComplete: Math.floor(this.random() * 3 * DAY_MS) };
      case 'insert_failed':
        return { ...base, type, editor: this.pick(['prosemirror', 'tinymce', 'textarea']), reason: 'paste-ignored' };
      case 'gate_warning_shown':
      case 'gate_overridden':
        return { ...base, type, checklistIds: [checklistId], placeholders: Math.floor(this.random() * 3) };
      default:
        return { ...base, type: 'feature_error', featureId: 'template-button' };
    }
  }

  private fold(event: StoredEvent): StoredEvent {
    // Stored events carry no `project` key at all when there is none, as the schema's optional field does.
    if (event.project === undefined) delete event.project;
    const finest = scopeOf(event);
    for (const grain of grains) {
      const scoped = grain.scope(finest);
      if (!scoped) continue;
      const key = grain.keyOf(scoped);
      const records = this.rollups.get(grain.store)!;
      let rollup = records.get(key);
      if (!rollup) records.set(key, (rollup = emptyRollup(scoped, key)));
      applyEvent(rollup, event);
    }
    return event;
  }

  /** `count` more events for the raw log, folded into `rollups` as they are made. */
  events(count: number): StoredEvent[] {
    return Array.from({ length: count }, () => this.fold(this.event(randomUUID())));
  }

  /** `count` more events folded into `rollups` only (nothing kept, so a million stays cheap). */
  foldOnly(count: number): void {
    for (let i = 0; i < count; i++) this.fold(this.event(''));
  }
}
