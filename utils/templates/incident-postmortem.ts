import type { TemplateDoc } from '../schemas/template';

export const incidentPostmortem: TemplateDoc = {
  id: 'incident-postmortem',
  kind: 'template',
  version: 1,
  name: 'Incident postmortem',
  description: 'A blameless postmortem with impact, timeline, root cause and tracked action items.',
  tags: ['confluence', 'incident', 'reliability'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['confluence'] },
  minutesSaved: 40,
  fields: [
    { key: 'incidentId', label: 'Incident ID', type: 'text', required: true },
    {
      key: 'severity',
      label: 'Severity',
      type: 'select',
      options: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      default: 'SEV2',
      required: true,
    },
    { key: 'incidentDate', label: 'Incident date', type: 'date', required: true },
    { key: 'incidentLead', label: 'Incident lead', type: 'text', required: true },
  ],
  body: `## Summary
| Field | Value |
| --- | --- |
| Incident | {{incidentId}} |
| Severity | {{severity}} |
| Date | {{incidentDate}} |
| Incident lead | {{incidentLead}} |
| Postmortem written | {{date}} |

:::info Blameless
We look for the conditions that let this happen, not for someone to blame. Name systems and decisions, not people.
:::

Two or three sentences a customer-facing colleague could repeat: what happened, who was affected, how it ended.

## Impact
- Customers or users affected:
- Duration of customer impact:
- Data loss or security exposure:
- SLA or contractual impact:

## Timeline
All times in UTC.

| Time (UTC) | Event | Source |
| --- | --- | --- |
| | First customer impact | |
| | Detected (alert or report) | |
| | Incident declared | |
| | Mitigated | |
| | Resolved | |

## Root cause
Ask "why" until you reach a cause you can fix. Separate the trigger from the underlying conditions.

## Detection and response
- How was it detected, and how long after impact began?
- What slowed mitigation down?

## What went well

## What went badly

## Action items
- [ ] Prevent: fix the underlying cause (owner, due date, ticket)
- [ ] Detect: alert that would have caught this sooner (owner, due date, ticket)
- [ ] Mitigate: runbook or tooling that shortens recovery (owner, due date, ticket)

## Lessons learned
`,
};
