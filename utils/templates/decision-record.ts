import type { TemplateDoc } from '../schemas/template';

export const decisionRecord: TemplateDoc = {
  id: 'decision-record',
  kind: 'template',
  version: 1,
  name: 'Decision record',
  description: 'Record a decision, the options weighed and who decided, so nobody reopens it without new facts.',
  tags: ['confluence', 'decision', 'daci'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['confluence'] },
  minutesSaved: 20,
  fields: [
    {
      key: 'status',
      label: 'Status',
      type: 'select',
      options: ['Proposed', 'Decided', 'Superseded'],
      default: 'Proposed',
      required: true,
    },
    { key: 'driver', label: 'Driver', type: 'text', required: true, help: 'The one person who drives the decision to closure.' },
    { key: 'approver', label: 'Approver', type: 'text', required: true, help: 'One person, not a committee.' },
    { key: 'dueDate', label: 'Decide by', type: 'date', required: false },
  ],
  body: `## Context
**Status:** {{status}} · **Decide by:** {{dueDate}}

What forces this decision now, the constraints (budget, time, contracts, regulation) and what we already know.

## Options
| Option | Pros | Cons | Cost and effort |
| --- | --- | --- | --- |
| A: | | | |
| B: | | | |
| C: Do nothing | | | |

## Decision
We chose option … because … The single most important reason comes first.

## Consequences
- What becomes easier
- What becomes harder, and who carries that cost
- What would make us revisit this decision

## DACI
| Role | Who |
| --- | --- |
| Driver | {{driver}} |
| Approver | {{approver}} |
| Contributors | |
| Informed | |

:::note Changing your mind
Do not edit a decided record. Write a new one that supersedes it and link both ways.
:::
`,
};
