/** Small valid templates for the library tests; `over` changes any field. */
import type { Template } from '@/utils/schemas/template';

export function sampleTemplate(id: string, over: Partial<Template> = {}): Template {
  return {
    id,
    kind: 'template',
    version: 1,
    name: `Template ${id}`,
    description: 'A test template.',
    tags: ['test'],
    owner: 'Tests',
    updatedAt: '2025-03-01T09:00:00Z',
    source: 'personal',
    scope: {},
    fields: [{ key: 'goal', label: 'Goal', type: 'text', required: false }],
    body: '## Goal\n{{goal}}',
    ...over,
  } as Template;
}

export const libraryFile = (templates: unknown[]) => ({ schema: 'product-ops-kit.templates/v1', templates });
