/** "Review" flags for services: product ops should retire what nobody uses or what scores poorly. */
import type { ServiceRow } from '@/utils/metrics/aggregate-tables';
import type { Service } from '@/utils/schemas/feedback';
import { normalisedScore } from './format';

export interface ServiceFlag {
  serviceId: string;
  reason: 'no_responses' | 'poor_score';
  detail: string;
}

const MIN_RESPONSES = 3;
/** Below the middle of the scale (CES < 4, CSAT < 3, NPS < 5 mean, thumbs < 50 % up). */
const POOR = 0.5;

export function serviceFlags(services: readonly Service[], rows: readonly ServiceRow[]): ServiceFlag[] {
  const flags: ServiceFlag[] = [];
  for (const service of services.filter((s) => s.active)) {
    const row = rows.find((r) => r.serviceId === service.id);
    if (!row || row.responses === 0) {
      flags.push({ serviceId: service.id, reason: 'no_responses', detail: 'no ratings in this range' });
      continue;
    }
    const score = normalisedScore(row.question, row.average);
    if (row.responses >= MIN_RESPONSES && score !== null && score < POOR) {
      flags.push({ serviceId: service.id, reason: 'poor_score', detail: `scores in the bottom half (${Math.round(score * 100)} % of the scale)` });
    }
  }
  return flags;
}

export const templateReasonLabels = {
  unused: 'not used for 60 days',
  poor_ces: 'low ease-of-use rating',
  poor_compliance: 'low compliance',
} as const;
