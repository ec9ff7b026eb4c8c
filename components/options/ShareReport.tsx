import type { AdoptionStats } from '@/utils/metrics/stats';
import type { Service } from '@/utils/schemas/feedback';
import { AdoptionCharts } from './AdoptionCharts';
import { formatDay } from './format';
import { HeadlineCards } from './HeadlineCards';
import { ServiceTable } from './ServiceTable';
import { TemplateTable } from './TemplateTable';
import type { ServiceFlag } from './review';

interface Props {
  stats: AdoptionStats;
  services: readonly Service[];
  serviceFlags: readonly ServiceFlag[];
  serviceName(id: string): string;
  onClose(): void;
}

/** One printable page for the monthly update: cards, charts and the two key tables (print CSS in options style). */
export function ShareReport({ stats, services, serviceFlags, serviceName, onClose }: Props) {
  return (
    <article class="report" aria-labelledby="report-title">
      <div class="report-actions no-print">
        <button type="button" class="button primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" class="button" onClick={onClose}>
          Back to dashboard
        </button>
      </div>
      <header class="report-header">
        <h2 id="report-title">Product Ops adoption report</h2>
        <p class="note">
          {formatDay(stats.range.from)} – {formatDay(stats.range.to)}
          {stats.includesImports ? ' · includes team imports' : ''}
        </p>
      </header>
      <HeadlineCards cards={stats.cards} serviceName={serviceName} />
      <AdoptionCharts stats={stats} serviceName={serviceName} idPrefix="report" />
      <TemplateTable rows={stats.templates.slice().sort((a, b) => b.uses - a.uses).slice(0, 8)} review={stats.review} />
      <ServiceTable rows={stats.services} services={services} flags={serviceFlags} />
    </article>
  );
}
