import type { AdoptionStats } from '@/utils/metrics/stats';
import { formatCount, siteLabel } from './format';

/** Self-diagnosis: a spike for one site and editor usually means Atlassian changed its UI. */
export function FailuresTable({ rows }: { rows: AdoptionStats['failures'] }) {
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  return (
    <table class="data-table">
      <caption>Failed inserts by site and editor</caption>
      <thead>
        <tr>
          <th scope="col">Site</th>
          <th scope="col">Editor</th>
          <th scope="col" class="num">Failed inserts</th>
        </tr>
      </thead>
      <tbody>
        {sorted.length === 0 && (
          <tr><td colSpan={3} class="empty">No failed inserts in this range.</td></tr>
        )}
        {sorted.map((f) => (
          <tr key={`${f.site}|${f.editor}`}>
            <td>{siteLabel(f.site)}</td>
            <td>{f.editor}</td>
            <td class="num">{formatCount(f.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
