import type { Checklist } from '../schemas/template';

export const definitionOfDone: Checklist = {
  id: 'definition-of-done',
  kind: 'checklist',
  version: 1,
  name: 'Definition of Done',
  description: 'Done means usable by customers and supportable by us, not "merged".',
  tags: ['jira', 'story', 'agile', 'quality'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['jira'], issueTypes: ['Story'] },
  minutesSaved: 5,
  fields: [],
  body: '## Definition of Done',
  items: [
    { id: 'criteria-met', text: 'Every acceptance criterion is met and demonstrated', mandatory: true },
    { id: 'code-reviewed', text: 'Code is reviewed and merged to the main branch', mandatory: true },
    { id: 'tests-automated', text: 'Automated tests cover the new behaviour and pass in CI', mandatory: true },
    { id: 'qa-verified', text: 'QA verified it in a production-like environment', mandatory: true },
    { id: 'accessibility', text: 'Keyboard use, screen reader labels and contrast are checked', mandatory: true },
    { id: 'analytics-live', text: 'Analytics events fire and are visible in the dashboard', mandatory: false },
    { id: 'docs-updated', text: 'Help docs and release notes are updated', mandatory: false, help: 'Skip only for changes customers cannot see.' },
    { id: 'feature-flag', text: 'Feature flag and rollout plan are set', mandatory: false },
    { id: 'support-briefed', text: 'Support knows what changed and how to answer questions', mandatory: false },
    { id: 'po-accepted', text: 'The product owner accepted the story', mandatory: true },
  ],
};
