import type { TemplateDoc } from '../schemas/template';

export const epicBrief: TemplateDoc = {
  id: 'epic-brief',
  kind: 'template',
  version: 1,
  name: 'Epic brief',
  description: 'One page that lets leadership say yes or no to an epic: problem, outcome, scope, milestones, risks.',
  tags: ['jira', 'epic', 'planning'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['jira'], issueTypes: ['Epic'] },
  minutesSaved: 25,
  fields: [
    { key: 'targetQuarter', label: 'Target quarter', type: 'text', required: true, help: 'For example 2025-Q3.' },
    { key: 'productManager', label: 'Product manager', type: 'text', required: true },
  ],
  body: `## Problem
Which customer problem this solves, how we know it is real (data, research, revenue at risk) and what happens if we do nothing.

## Target users
- Primary segment and how many accounts or users it covers
- Secondary segment, if any

## Outcome and success metrics
| Metric | Baseline | Target | Measured by |
| --- | --- | --- | --- |
| Primary metric | | | |
| Guardrail metric | | | |

## Scope
**In scope**
- Capability one

**Out of scope**
- What we are explicitly not doing in this epic

## Milestones
| Milestone | Target date | Exit criteria |
| --- | --- | --- |
| Discovery complete | | Problem validated with at least five customers |
| Beta | | Success metric instrumented |
| General availability | {{targetQuarter}} | Launch readiness checklist complete |

## Risks and dependencies
- Risk, likelihood, mitigation, owner
- Dependency on another team, with the agreed date

## Stakeholders
- Product manager: {{productManager}}
- Engineering lead:
- Design lead:
- Go-to-market:
`,
};
