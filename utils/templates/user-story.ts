import type { TemplateDoc } from '../schemas/template';

export const userStory: TemplateDoc = {
  id: 'user-story',
  kind: 'template',
  version: 1,
  name: 'User story',
  description: 'A story a team can estimate and QA can test: who, what, why, and testable acceptance criteria.',
  tags: ['jira', 'story', 'delivery'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['jira'], issueTypes: ['Story'] },
  minutesSaved: 10,
  fields: [
    { key: 'persona', label: 'Who is the user?', type: 'text', required: true, help: 'A real role or persona, not "the user".' },
    { key: 'capability', label: 'What do they want to do?', type: 'text', required: true },
    { key: 'benefit', label: 'What outcome does it give them?', type: 'text', required: true, help: 'The reason, in their words. If you cannot say it, the story is not ready.' },
  ],
  body: `## Story
As a **{{persona}}**, I want {{capability}} so that {{benefit}}.

## Context
Why now, who asked, and what evidence we have: support tickets, research notes, usage data. Link the source instead of paraphrasing it.

## Acceptance criteria
1. **Given** a precondition, **when** the user acts, **then** the observable result.
2. **Given** an error or edge case, **when** the user acts, **then** the system responds safely.
3. **Given** a user without permission, **when** they try the action, **then** it is refused with a clear message.

:::tip Write criteria QA can test without reading the code
One behaviour per criterion. Cover the unhappy path, permissions and empty states. "Works as designed" is not a criterion.
:::

## Out of scope
- What this story deliberately does not do, so nobody assumes it.

## Links
- Epic:
- Design:
- Research or ticket evidence:
`,
};
