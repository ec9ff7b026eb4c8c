import type { TemplateDoc } from '../schemas/template';

export const releaseNotes: TemplateDoc = {
  id: 'release-notes',
  kind: 'template',
  version: 1,
  name: 'Release notes',
  description: 'Customer-facing release notes: benefits first, fixes grouped, known issues stated honestly.',
  tags: ['confluence', 'release', 'communication'],
  owner: 'Product Ops',
  updatedAt: '2025-06-02T09:00:00Z',
  source: 'builtin',
  scope: { products: ['confluence'] },
  minutesSaved: 15,
  fields: [
    { key: 'version', label: 'Version', type: 'text', required: true },
    { key: 'releaseDate', label: 'Release date', type: 'date', required: true },
  ],
  body: `## Release {{version}} · {{releaseDate}}

:::success Highlights
The one or two changes customers will notice, written as benefits, not features.
:::

## New
- **Feature name:** what customers can now do, and where to find it.

## Improved
- What got faster, simpler or clearer.

## Fixed
- The symptom customers saw, not the internal cause.

## Known issues
- Issue, who is affected, workaround, and when we expect a fix.

## Upgrade notes
Anything admins must do: migrations, permission changes, deprecated settings, API changes with dates.
`,
};
