import type { AdoptionStats } from '@/utils/metrics/stats';
import type { Service } from '@/utils/schemas/feedback';
import { formatAverage, formatCount, formatServiceScore, questionLabels } from './format';
import type { ServiceFlag } from './review';

interface Props {
  rows: AdoptionStats['services'];
  services: readonly Service[];
  flags: readonly ServiceFlag[];
}

/** "1:2 · 5:7": score → responses, in scale order. */
const distribution = (dist: Record<string, number>) =>
  Object.entries(dist)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([score, n]) => `${score}: ${n}`)
    .join(' · ') || '—';

export function ServiceTable({ rows, services, flags }: Props) {
  const ids = [...new Set([...services.filter((s) => s.active).map((s) => s.id), ...rows.map((r) => r.serviceId)])];
  return (
    <table class="data-table">
      <caption>Services</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Question</th>
          <th scope="col" class="num">Responses</th>
          <th scope="col" class="num">Score</th>
          <th scope="col">Distribution (score: responses)</th>
          <th scope="col">Weekly average</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const row = rows.find((r) => r.serviceId === id);
          const service = services.find((s) => s.id === id);
          const question = row?.question ?? service?.question ?? 'ces';
          return (
            <tr key={id}>
              <th scope="row">
                {service?.name ?? id}
                {flags.filter((f) => f.serviceId === id).map((f) => (
                  <span key={f.reason} class="badge warn"> Review: {f.detail}</span>
                ))}
              </th>
              <td>{questionLabels[question]}</td>
              <td class="num">{formatCount(row?.responses ?? 0)}</td>
              <td class="num">{row ? formatServiceScore(question, row.average, row.distribution) : '—'}</td>
              <td>{row ? distribution(row.distribution) : '—'}</td>
              <td>{row?.trend.map((t) => formatAverage(t.average)).join(' → ') || '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
