import { useMemo } from 'preact/hooks';
import { WeeklyChart } from '@/components/charts/WeeklyChart';
import { feedbackSeries, insertionSeries } from '@/components/charts/series';
import type { AdoptionStats } from '@/utils/metrics/stats';
import { templateName } from './catalog';
import { normalisedScore } from './format';

interface Props {
  stats: AdoptionStats;
  serviceName(id: string): string;
  idPrefix?: string;
}

export function AdoptionCharts({ stats, serviceName, idPrefix = 'chart' }: Props) {
  const insertions = useMemo(() => insertionSeries(stats.weeklyInsertions, templateName), [stats]);
  const feedback = useMemo(() => {
    const question = new Map(stats.services.map((s) => [s.serviceId, s.question]));
    return feedbackSeries(stats.services, serviceName, (id, avg) => normalisedScore(question.get(id) ?? 'ces', avg));
  }, [stats, serviceName]);
  return (
    <div class="charts">
      <WeeklyChart id={`${idPrefix}-insertions`} title="Template insertions per week" data={insertions} unit="insertions" />
      <WeeklyChart
        id={`${idPrefix}-feedback`}
        title="Service ratings per week (average, % of scale)"
        data={feedback}
        unit="%"
        yRange={[0, 100]}
      />
    </div>
  );
}
