import type { AdoptionStats } from '@/utils/metrics/stats';
import { templateName } from './catalog';
import { templateReasonLabels, type ServiceFlag } from './review';

interface Props {
  templates: AdoptionStats['review'];
  services: readonly ServiceFlag[];
  serviceName(id: string): string;
}

/** What product ops should consider improving or retiring. */
export function ReviewList({ templates, services, serviceName }: Props) {
  if (templates.length + services.length === 0) return <p class="note">Nothing flagged for review.</p>;
  return (
    <ul class="review-list">
      {templates.map((f) => (
        <li key={`t-${f.templateId}-${f.reason}`}>
          <span class="badge warn">Review</span> Template <strong>{templateName(f.templateId)}</strong>: {templateReasonLabels[f.reason]} ({f.detail})
        </li>
      ))}
      {services.map((f) => (
        <li key={`s-${f.serviceId}-${f.reason}`}>
          <span class="badge warn">Review</span> Service <strong>{serviceName(f.serviceId)}</strong>: {f.detail}
        </li>
      ))}
    </ul>
  );
}
