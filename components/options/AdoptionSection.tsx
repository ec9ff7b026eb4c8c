import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { AdoptionStats } from '@/utils/metrics/stats';
import { projectKeySchema } from '@/utils/schemas/events';
import type { Service } from '@/utils/schemas/feedback';
import type { StatsFilters } from '@/utils/schemas/usage';
import { AdoptionCharts } from './AdoptionCharts';
import { mandatoryItems, serviceNamer } from './catalog';
import { PeopleTable } from './PeopleTable';
import { ChecklistTable } from './ChecklistTable';
import { DashboardFilters, type FilterValues } from './DashboardFilters';
import { FailuresTable } from './FailuresTable';
import { daysBefore, formatCount, today } from './format';
import { HeadlineCards } from './HeadlineCards';
import { serviceFlags } from './review';
import { ReviewList } from './ReviewList';
import { ServiceTable } from './ServiceTable';
import { ShareReport } from './ShareReport';
import { TeamImports } from './TeamImports';
import { TemplateTable } from './TemplateTable';

const initialFilters = (): FilterValues => ({ from: daysBefore(today(), 89), to: today(), site: '', project: '', includeImports: false });

function toStatsFilters(f: FilterValues): StatsFilters {
  return {
    from: f.from,
    to: f.to,
    ...(f.site && { site: f.site as StatsFilters['site'] }),
    ...(f.project && { project: f.project }),
    includeImports: f.includeImports,
    mandatoryItems,
  };
}

/** The first thing ops sees: what is adopted, how it trends, what it saves, how services rate. */
export function AdoptionSection() {
  const [filters, setFilters] = useState(initialFilters);
  const [stats, setStats] = useState<AdoptionStats | null>(null);
  const [services, setServices] = useState<Service[]>([]);
  const [error, setError] = useState('');
  const [report, setReport] = useState(false);
  const projectError = filters.project && !projectKeySchema.safeParse(filters.project).success ? 'Use a project or space key such as ABC or ~jdoe.' : '';

  const load = useCallback(() => {
    if (projectError || !filters.from || !filters.to) return;
    sendMessage('getAdoptionStats', toStatsFilters(filters)).then(
      (next) => {
        setStats(next);
        setError('');
      },
      (e: Error) => setError(e.message),
    );
  }, [filters, projectError]);
  useEffect(load, [load]);
  useEffect(() => void sendMessage('getServices', undefined).then(setServices), []);

  const serviceName = useMemo(() => serviceNamer(services), [services]);
  const flags = useMemo(() => (stats ? serviceFlags(services, stats.services) : []), [services, stats]);

  if (report && stats) {
    return <ShareReport stats={stats} services={services} serviceFlags={flags} serviceName={serviceName} onClose={() => setReport(false)} />;
  }
  return (
    <div class="adoption" aria-busy={!stats}>
      <div class="section-head">
        <p class="note">Usage recorded in this browser{filters.includeImports ? ' plus team imports' : ''}. Numbers never include page content.</p>
        <button type="button" class="button" disabled={!stats} onClick={() => setReport(true)}>
          Share report
        </button>
      </div>
      <DashboardFilters value={filters} projectError={projectError} onChange={setFilters} />
      {error && <p role="alert" class="error">Could not load the dashboard: {error}</p>}
      {stats && stats.storage.prunedForQuota > 0 && (
        <p class="notice" role="note">
          Storage was full, so the {formatCount(stats.storage.prunedForQuota)} oldest raw events were pruned. Totals and charts are
          unaffected (they come from daily rollups), but exports contain fewer raw events.
        </p>
      )}
      {stats && (
        <>
          <HeadlineCards cards={stats.cards} serviceName={serviceName} />
          <AdoptionCharts stats={stats} serviceName={serviceName} />
          <h2>Needs review</h2>
          <ReviewList templates={stats.review} services={flags} serviceName={serviceName} />
          <TemplateTable rows={stats.templates} review={stats.review} />
          <ChecklistTable rows={stats.checklists} />
          <ServiceTable rows={stats.services} services={services} flags={flags} />
          <h2>Self-diagnosis</h2>
          <FailuresTable rows={stats.failures} />
        </>
      )}
      <h2>Team roll-up</h2>
      <p class="note">Import teammates’ exports to see department figures. They stay separate from your data and can be removed.</p>
      {stats && stats.people.length > 0 && <PeopleTable rows={stats.people} />}
      <TeamImports onChanged={load} />
    </div>
  );
}
