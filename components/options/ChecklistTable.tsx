import type { AdoptionStats } from '@/utils/metrics/stats';
import { checklistItemText, templateName } from './catalog';
import { formatCount, formatDuration, formatPercent } from './format';

export function ChecklistTable({ rows }: { rows: AdoptionStats['checklists'] }) {
  return (
    <table class="data-table">
      <caption>Checklists</caption>
      <thead>
        <tr>
          <th scope="col">Checklist</th>
          <th scope="col" class="num">Started</th>
          <th scope="col" class="num">Completed</th>
          <th scope="col" class="num">Completion</th>
          <th scope="col" class="num">Median time to complete</th>
          <th scope="col">Most-skipped mandatory item</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr><td colSpan={6} class="empty">No checklist was started in this range.</td></tr>
        )}
        {rows.map((c) => (
          <tr key={c.checklistId}>
            <th scope="row">{templateName(c.checklistId)}</th>
            <td class="num">{formatCount(c.started)}</td>
            <td class="num">{formatCount(c.completed)}</td>
            <td class="num">{formatPercent(c.completionRate)}</td>
            <td class="num">{formatDuration(c.medianMsToComplete)}</td>
            <td>
              {c.mostSkippedItem
                ? `${checklistItemText(c.checklistId, c.mostSkippedItem.itemId)} (skipped ${c.mostSkippedItem.skipped}×)`
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
