import type { AdoptionStats } from '@/utils/metrics/stats';
import { formatAverage, formatCount, formatHours, formatPercent } from './format';

interface Props {
  cards: AdoptionStats['cards'];
  serviceName(id: string): string;
}

function Card({ label, value, hint, tone }: { label: string; value: string; hint?: string; tone?: 'warn' }) {
  return (
    <div class={`card${tone ? ` card-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span class="card-value">{value}</span>
        {hint && <span class="card-hint">{hint}</span>}
      </dd>
    </div>
  );
}

export function HeadlineCards({ cards, serviceName }: Props) {
  const ces = cards.averageCesByService;
  return (
    <dl class="cards" aria-label="Headline figures">
      <Card label="Template insertions" value={formatCount(cards.insertions)} />
      <Card label="Active days" value={formatCount(cards.activeDays)} />
      <Card label="Estimated time saved" value={formatHours(cards.hoursSaved)} hint="minutes saved per use × uses" />
      <Card label="Checklist completion" value={formatPercent(cards.checklistCompletionRate)} />
      <div class="card">
        <dt>Average CES per service</dt>
        <dd>
          {ces.length === 0 ? (
            <span class="card-value">—</span>
          ) : (
            <ul class="card-list">
              {ces.map((s) => (
                <li key={s.serviceId}>
                  <span>{serviceName(s.serviceId)}</span> <strong>{formatAverage(s.average)}</strong>
                  <span class="card-hint"> / 7 · {s.responses}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <Card
        label="Failed inserts"
        value={formatCount(cards.failedInserts)}
        tone={cards.failedInserts > 0 ? 'warn' : undefined}
        hint={cards.featureErrors ? `${cards.featureErrors} feature errors` : undefined}
      />
    </dl>
  );
}
