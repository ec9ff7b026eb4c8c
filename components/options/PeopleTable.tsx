import type { AdoptionStats } from '@/utils/metrics/stats';
import { formatCount, formatDay } from './format';

type Person = AdoptionStats['people'][number];

/** Teammates are named by the file the lead imported (the export holds no names, only a random install id). */
const personName = (p: Person): string =>
  p.importId === null ? 'You (this browser)' : (p.fileName?.replace(/\.json$/i, '') ?? `Install ${p.installId.slice(0, 8)}`);

/** "By whom": one row per person, shown when team imports are included. */
export function PeopleTable({ rows }: { rows: AdoptionStats['people'] }) {
  const sorted = [...rows].sort((a, b) => b.insertions - a.insertions || personName(a).localeCompare(personName(b)));
  return (
    <table class="data-table">
      <caption>Adoption by person</caption>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col" class="num">Template insertions</th>
          <th scope="col" class="num">Templates used</th>
          <th scope="col" class="num">Active days</th>
          <th scope="col" class="num">Checklists completed</th>
          <th scope="col" class="num">Ratings given</th>
          <th scope="col">Last active</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((p) => (
          <tr key={p.importId ?? 'own'}>
            <th scope="row" title={p.importId === null ? undefined : `install ${p.installId}`}>{personName(p)}</th>
            <td class="num">{formatCount(p.insertions)}</td>
            <td class="num">{formatCount(p.templatesUsed)}</td>
            <td class="num">{formatCount(p.activeDays)}</td>
            <td class="num">{formatCount(p.checklistsCompleted)}</td>
            <td class="num">{formatCount(p.ratings)}</td>
            <td>{formatDay(p.lastActiveDay)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
