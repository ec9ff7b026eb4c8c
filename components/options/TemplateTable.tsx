import type { AdoptionStats } from '@/utils/metrics/stats';
import { templateName } from './catalog';
import { formatAverage, formatCount, formatDay, formatPercent, formatVersions } from './format';
import { templateReasonLabels } from './review';

interface Props {
  rows: AdoptionStats['templates'];
  review: AdoptionStats['review'];
}

export function TemplateTable({ rows, review }: Props) {
  const sorted = [...rows].sort((a, b) => b.uses - a.uses || a.templateId.localeCompare(b.templateId));
  return (
    <table class="data-table">
      <caption>Templates</caption>
      <thead>
        <tr>
          <th scope="col">Template</th>
          <th scope="col" class="num">Uses</th>
          <th scope="col">Last used</th>
          <th scope="col">Versions in use</th>
          <th scope="col" class="num">Avg CES</th>
          <th scope="col" class="num">Compliance</th>
        </tr>
      </thead>
      <tbody>
        {sorted.length === 0 && (
          <tr><td colSpan={6} class="empty">No template was used in this range.</td></tr>
        )}
        {sorted.map((t) => {
          const flags = review.filter((f) => f.templateId === t.templateId);
          return (
            <tr key={t.templateId}>
              <th scope="row">
                {templateName(t.templateId)}
                {flags.map((f) => (
                  <span key={f.reason} class="badge warn" title={f.detail}> Review: {templateReasonLabels[f.reason]}</span>
                ))}
              </th>
              <td class="num">{formatCount(t.uses)}</td>
              <td>{formatDay(t.lastUsed)}</td>
              <td>{formatVersions(t.versions)}</td>
              <td class="num">{t.cesResponses ? `${formatAverage(t.avgCes)} (${t.cesResponses})` : '—'}</td>
              <td class="num">{formatPercent(t.complianceScore)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
