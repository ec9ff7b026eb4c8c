import type { Checklist } from '../schemas/template';

export const definitionOfReady: Checklist = {
  id: 'definition-of-ready',
  kind: 'checklist',
  version: 1,
  name: 'Definition of Ready',
  description: 'A story enters a sprint only when the team can start it without asking anyone a question.',
  tags: ['jira', 'story', 'agile'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['jira'], issueTypes: ['Story'] },
  minutesSaved: 5,
  fields: [],
  body: '## Definition of Ready',
  items: [
    { id: 'user-value', text: 'Who benefits and why is written in the story', mandatory: true, help: 'As a / I want / so that, with a real persona.' },
    { id: 'acceptance-criteria', text: 'Acceptance criteria are testable (Given / When / Then)', mandatory: true },
    { id: 'estimated', text: 'The team has estimated it and it fits in one sprint', mandatory: true, help: 'If not, split it before planning.' },
    { id: 'dependencies', text: 'Dependencies are identified and unblocked or scheduled', mandatory: true },
    { id: 'designs', text: 'Designs are linked and reviewed, including empty and error states', mandatory: false, help: 'Not needed for back-end-only work.' },
    { id: 'data-tracking', text: 'Analytics events needed to measure success are specified', mandatory: false },
    { id: 'out-of-scope', text: 'Out of scope is written down', mandatory: false },
    { id: 'po-approved', text: 'The product owner has accepted the story as ready', mandatory: true },
  ],
};
