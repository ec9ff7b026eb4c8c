import type { TemplateDoc } from '../schemas/template';

export const bugReport: TemplateDoc = {
  id: 'bug-report',
  kind: 'template',
  version: 1,
  name: 'Bug report',
  description: 'A bug an engineer can reproduce on the first try, with severity and business impact stated.',
  tags: ['jira', 'bug', 'quality'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['jira'], issueTypes: ['Bug'] },
  minutesSaved: 8,
  fields: [
    {
      key: 'severity',
      label: 'Severity',
      type: 'select',
      options: ['S1 - Critical', 'S2 - Major', 'S3 - Minor', 'S4 - Trivial'],
      default: 'S3 - Minor',
      required: true,
      help: 'S1: outage, data loss or security exposure. S2: core flow broken, no workaround. S3: workaround exists. S4: cosmetic.',
    },
    { key: 'environment', label: 'Environment', type: 'text', required: true, help: 'Production, staging or a named test environment.' },
    { key: 'build', label: 'App version or build', type: 'text', required: false },
  ],
  body: `## Summary
One sentence: what is broken, for whom, and since when.

## Steps to reproduce
1. Start from a clean state (account type, feature flags, data needed).
2. Go to the exact screen or URL.
3. Do the action that fails.

## Expected result
What should have happened, and where that expectation comes from (spec, previous behaviour, documentation).

## Actual result
What happened instead, including the exact error message.

## Environment
| Item | Value |
| --- | --- |
| Environment | {{environment}} |
| App version / build | {{build}} |
| Browser and OS | |
| Account or tenant | |
| Reported on | {{date}} |

## Severity and impact
**Severity:** {{severity}}

- Users affected (count or share):
- Workaround available:
- Revenue, data or security impact:

:::warning Security or data exposure?
Do not paste credentials or customer personal data here. If the bug exposes data, stop and follow the security incident process.
:::

## Evidence
- Screenshot or screen recording
- Logs, request IDs or trace links
`,
};
