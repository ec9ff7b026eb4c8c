import type { TemplateDoc } from '../schemas/template';

export const productRequirements: TemplateDoc = {
  id: 'product-requirements',
  kind: 'template',
  version: 1,
  name: 'Product requirements',
  description: 'A PRD that states the problem before the solution and ends with a launch plan.',
  tags: ['confluence', 'prd', 'planning'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['confluence'] },
  minutesSaved: 45,
  fields: [
    { key: 'owner', label: 'Document owner', type: 'text', required: true },
    {
      key: 'status',
      label: 'Status',
      type: 'select',
      options: ['Draft', 'In review', 'Approved', 'Shipped'],
      default: 'Draft',
      required: true,
    },
    { key: 'targetRelease', label: 'Target release', type: 'text', required: true, help: 'Release name or date.' },
    { key: 'epicLink', label: 'Epic link', type: 'text', required: false, help: 'The Jira epic that delivers this.' },
  ],
  body: `## Overview
| Field | Value |
| --- | --- |
| Owner | {{owner}} |
| Status | {{status}} |
| Target release | {{targetRelease}} |
| Epic | {{epicLink}} |
| Last updated | {{date}} |

:::info How to use this page
Fill in Problem and Goals first and get them reviewed before anyone writes requirements. A PRD without agreed success metrics does not move to "In review".
:::

## Problem
Who has the problem, how often, and what it costs them and us. Quote evidence; link the research.

## Goals and non-goals
**Goals**
- The outcome we want, stated as a change in behaviour or a metric

**Non-goals**
- What we will not solve in this release, and why

## Success metrics
| Metric | Baseline | Target | Measured by | Review date |
| --- | --- | --- | --- | --- |
| Primary | | | | |
| Guardrail | | | | |

## Requirements
| # | Requirement | User story | Priority | Notes |
| --- | --- | --- | --- | --- |
| 1 | | | Must | |
| 2 | | | Should | |
| 3 | | | Could | |

## User experience
Link the designs. Describe the key flows, empty states and error states.

## Open questions
| Question | Owner | Due | Answer |
| --- | --- | --- | --- |
| | | | |

## Launch plan
- [ ] Success metrics instrumented and dashboard shared
- [ ] Support and documentation briefed
- [ ] Release notes drafted
- [ ] Rollout plan agreed (flags, beta cohort, percentage)
- [ ] Go / no-go review booked
`,
};
