import type { ComplianceResult } from '@/utils/checklists/compliance';

interface Props {
  result: ComplianceResult;
}

/** How much of the source template is still there: computed from the page, shown only here. */
export function ComplianceSummary({ result }: Props) {
  const missing = result.sections.filter((s) => !s.present);
  const percent = Math.round(result.score * 100);
  return (
    <div class="pops-compliance" role="group" aria-labelledby="pops-compliance-title">
      <h3 id="pops-compliance-title" class="pops-card-title">Template compliance</h3>
      <p>
        Built from “{result.template.name}”: <strong class="pops-score">{percent}%</strong>
      </p>
      <ul class="pops-compliance-list">
        {missing.map((section) => (
          <li key={section.id}>Missing section: {section.heading}</li>
        ))}
        {result.placeholders > 0 && <li>{result.placeholders} placeholder(s) still unfilled</li>}
        {missing.length === 0 && result.placeholders === 0 && <li>Every required section is present and filled.</li>}
      </ul>
    </div>
  );
}
