import type { TemplateDoc } from '../schemas/template';

export const retrospective: TemplateDoc = {
  id: 'retrospective',
  kind: 'template',
  version: 1,
  name: 'Retrospective',
  description: 'A blameless retro that ends in owned, dated action items, and checks the last ones.',
  tags: ['confluence', 'retro', 'team'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['confluence'] },
  minutesSaved: 15,
  fields: [
    { key: 'sprint', label: 'Sprint or period', type: 'text', required: true },
    { key: 'facilitator', label: 'Facilitator', type: 'text', required: false },
  ],
  body: `## Overview
**Sprint:** {{sprint}} · **Date:** {{date}} · **Facilitator:** {{facilitator}}

:::info Prime directive
Everyone did the best job they could with what they knew at the time. We discuss systems, not people.
:::

## Last retro's action items
- [ ] Review each open item: done, still relevant, or dropped on purpose

## Sprint goal
Did we meet it? One line, yes or no, then why.

## What went well

## What did not go well

## What we learned

## Action items
- [ ] Action, owner, due date
- [ ] Action, owner, due date
`,
};
