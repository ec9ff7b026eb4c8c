import { describe, expect, it } from 'vitest';
import { feedbackSeries, insertionSeries, summarise, toAligned } from '@/components/charts/series';
import {
  daysBefore,
  formatAverage,
  formatDay,
  formatDuration,
  formatHours,
  formatPercent,
  formatServiceScore,
  formatVersions,
  normalisedScore,
  npsScore,
  today,
} from '@/components/options/format';
import { serviceFlags } from '@/components/options/review';
import type { Service } from '@/utils/schemas/feedback';

describe('dashboard formatting', () => {
  it('numbers a manager reads', () => {
    expect(formatPercent(0.834)).toBe('83 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatAverage(5)).toBe('5.0');
    expect(formatAverage(null)).toBe('—');
    expect([0, 0.25, 1, 32.25, 1234.5].map(formatHours)).toEqual(['0 h', '15 min', '1 h', '32.3 h', '1,234.5 h']);
    expect([null, 900, 12 * 60_000, 3.5 * 3600_000, 2.1 * 86_400_000].map(formatDuration)).toEqual(['—', '1 s', '12 min', '3.5 h', '2.1 days']);
    expect(formatDay('2025-03-10')).toBe('10 Mar 2025');
    expect(formatVersions({ '1': 2, '2': 5 })).toBe('v2 (5), v1 (2)');
    expect(formatVersions({})).toBe('—');
    expect(daysBefore('2025-03-01', 1)).toBe('2025-02-28');
  });

  it('service scores read the way each question type is reported', () => {
    expect(npsScore({ '10': 3, '9': 1, '8': 2, '6': 1, '0': 1 })).toBe(25);
    expect(npsScore({})).toBeNull();
    expect(formatServiceScore('nps', 7.5, { '10': 1, '5': 1 })).toBe('NPS 0');
    expect(formatServiceScore('thumbs', 0.75, {})).toBe('75 % 👍');
    expect(formatServiceScore('ces', 5.25, {})).toBe('5.3');
    expect(normalisedScore('ces', 4)).toBe(0.5);
    expect(normalisedScore('nps', 10)).toBe(1);
    expect(normalisedScore('csat', null)).toBeNull();
  });
});

describe('chart data', () => {
  const weekly: { week: string; byTemplate: Record<string, number> }[] = [
    { week: '2025-03-03', byTemplate: { a: 2, b: 1 } },
    { week: '2025-03-10', byTemplate: { a: 1, c: 4 } },
  ];

  it('one series per template, most used first, zeros for missing weeks, the rest as "Other"', () => {
    const data = insertionSeries(weekly, (id) => id.toUpperCase(), 2);
    expect(data).toEqual({
      weeks: ['2025-03-03', '2025-03-10'],
      series: [
        { label: 'C', values: [0, 4] },
        { label: 'A', values: [2, 1] },
        { label: 'Other templates', values: [1, 0] },
      ],
    });
    expect(toAligned(data)[0]).toEqual([Date.UTC(2025, 2, 3) / 1000, Date.UTC(2025, 2, 10) / 1000]);
    expect(summarise(data, 'insertions')).toBe('2 weeks from 2025-03-03 to 2025-03-10. C: 4 insertions; A: 3 insertions; Other templates: 1 insertions.');
  });

  it('feedback series share a % axis and keep gaps as null', () => {
    const data = feedbackSeries(
      [
        { serviceId: 'ces', trend: [{ week: '2025-03-03', average: 7 }, { week: '2025-03-17', average: 4 }] },
        { serviceId: 'csat', trend: [{ week: '2025-03-10', average: 3 }] },
      ],
      (id) => id,
      (id, avg) => (avg === null ? null : normalisedScore(id as 'ces' | 'csat', avg)),
    );
    expect(data.weeks).toEqual(['2025-03-03', '2025-03-10', '2025-03-17']);
    expect(data.series).toEqual([
      { label: 'ces', values: [100, null, 50] },
      { label: 'csat', values: [null, 50, null] },
    ]);
    expect(summarise({ weeks: [], series: [] }, '%')).toBe('No data in this range.');
  });
});

describe('service review flags', () => {
  const svc = (id: string, question: Service['question'], active = true): Service => ({ id, name: id, description: '', question, active });
  const row = (serviceId: string, question: Service['question'], responses: number, average: number) => ({
    serviceId, question, responses, average, distribution: {}, trend: [],
  });

  it('flags active services with no ratings or a bottom-half average over enough responses', () => {
    const services = [svc('quiet', 'ces'), svc('poor', 'csat'), svc('fine', 'ces'), svc('few', 'ces'), svc('retired', 'ces', false)];
    const rows = [row('poor', 'csat', 5, 2.2), row('fine', 'ces', 9, 6.1), row('few', 'ces', 2, 1)];
    expect(serviceFlags(services, rows).map((f) => [f.serviceId, f.reason])).toEqual([
      ['quiet', 'no_responses'],
      ['poor', 'poor_score'],
    ]);
  });

  it('shows a time on this browser’s local day, and a calendar day as it is', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      expect(formatDay('2025-03-10T23:59:00.000Z')).toBe('10 Mar 2025');
      process.env.TZ = 'Asia/Tokyo';
      expect(formatDay('2025-03-10T23:59:00.000Z')).toBe('11 Mar 2025');
      expect(formatDay('2025-03-10')).toBe('10 Mar 2025');
      expect(today(new Date('2025-03-10T23:59:00.000Z'))).toBe('2025-03-11');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
