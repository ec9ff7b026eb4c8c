/** Pure formatting for the dashboard: every number a manager reads goes through here (unit-tested). */
import type { FeedbackQuestion } from '@/utils/schemas/feedback';
import type { SiteId } from '@/utils/schemas/site';
import { localDay } from '@/utils/calendar';
import { addDays } from '@/utils/metrics/weeks';

export const siteLabels: Record<SiteId, string> = {
  'jira-cloud': 'Jira Cloud',
  'jira-dc': 'Jira Data Center',
  'confluence-cloud': 'Confluence Cloud',
  'confluence-dc': 'Confluence Data Center',
};

export const siteLabel = (site: string): string => siteLabels[site as SiteId] ?? site;

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** 0.834 → "83 %"; null (nothing to divide by) → "—". */
export const formatPercent = (ratio: number | null): string => (ratio === null ? '—' : `${Math.round(ratio * 100)} %`);

export const formatAverage = (value: number | null, digits = 1): string => (value === null ? '—' : value.toFixed(digits));

export function formatHours(hours: number): string {
  if (hours === 0) return '0 h';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${hours.toLocaleString('en-US', { maximumFractionDigits: 1 })} h`;
}

/** Durations of checklist completion: "45 s", "12 min", "3.5 h", "2.1 days". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const s = ms / 1000;
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 86_400) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86_400).toFixed(1)} days`;
}

/** A calendar day (YYYY-MM-DD) or an ISO time (shown on this browser's local day) → "12 Mar 2025". */
export function formatDay(iso: string | null): string {
  if (!iso) return '—';
  const day = iso.length === 10 ? iso : localDay(iso);
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "v2 (5), v1 (1)": most used first. */
export function formatVersions(versions: Record<string, number>): string {
  const entries = Object.entries(versions).sort((a, b) => b[1] - a[1] || Number(b[0]) - Number(a[0]));
  return entries.length ? entries.map(([v, n]) => `v${v} (${n})`).join(', ') : '—';
}

export const today = (now = new Date()): string => localDay(now);
export const daysBefore = (day: string, days: number): string => addDays(day, -days);

/** Where each score sits on its scale, 0 (worst) … 1 (best), so "scores poorly" means the same for every question type. */
export const scaleBounds: Record<FeedbackQuestion, [number, number]> = { ces: [1, 7], csat: [1, 5], nps: [0, 10], thumbs: [0, 1] };
export function normalisedScore(question: FeedbackQuestion, average: number | null): number | null {
  if (average === null) return null;
  const [min, max] = scaleBounds[question];
  return (average - min) / (max - min);
}

export const questionLabels: Record<FeedbackQuestion, string> = {
  ces: 'CES (1–7)',
  csat: 'CSAT (1–5)',
  nps: 'NPS (0–10)',
  thumbs: 'Thumbs up/down',
};

/** How a service's average reads: NPS as a net score, thumbs as share of ups, others as mean. */
export function formatServiceScore(question: FeedbackQuestion, average: number | null, distribution: Record<string, number>): string {
  if (average === null) return '—';
  if (question === 'thumbs') return `${Math.round(average * 100)} % 👍`;
  if (question === 'nps') return `NPS ${npsScore(distribution) ?? '—'}`;
  return average.toFixed(1);
}

/** Net Promoter Score: % of 9–10 minus % of 0–6, rounded. */
export function npsScore(distribution: Record<string, number>): number | null {
  let total = 0;
  let promoters = 0;
  let detractors = 0;
  for (const [score, n] of Object.entries(distribution)) {
    total += n;
    if (Number(score) >= 9) promoters += n;
    else if (Number(score) <= 6) detractors += n;
  }
  return total ? Math.round(((promoters - detractors) / total) * 100) : null;
}
