/**
 * The 200-line template of the insert bench: headings, paragraphs, bullet and ordered lists, a
 * table and a task list, ending in a marker line so a page can tell when all of it has landed.
 */
export const TEMPLATE_NAME = 'Bench 200 lines';
export const END_MARKER = 'bench-end-marker';
export const TEMPLATE_LINES = 200;

export function benchTemplateBody(): string {
  const lines: string[] = [];
  for (let section = 1; lines.length < TEMPLATE_LINES - 40; section++) {
    lines.push(`## Section ${section}`, `Why section ${section} matters, in **one** sentence with a [link](https://example.com/${section}).`);
    for (let i = 1; i <= 4; i++) lines.push(`- Point ${section}.${i}: what to check`);
    for (let i = 1; i <= 4; i++) lines.push(`${i}. Step ${section}.${i}: what to do`);
    lines.push('');
  }
  lines.push('## Matrix', '| Area | Owner | Status |', '| --- | --- | --- |');
  while (lines.length < TEMPLATE_LINES - 17) lines.push(`| Area ${lines.length} | Team ${lines.length % 7} | Open |`);
  lines.push('', '## Tasks');
  while (lines.length < TEMPLATE_LINES - 1) lines.push(`- [ ] Task ${lines.length}: owner and due date`);
  lines.push(`- [ ] ${END_MARKER}`);
  return lines.join('\n');
}

/** The draft savePersonalTemplate takes (the background sets id, version, source, updatedAt). */
export function benchTemplateDraft(): Record<string, unknown> {
  return {
    kind: 'template',
    name: TEMPLATE_NAME,
    description: 'A long template for timing insertion.',
    tags: ['bench'],
    body: benchTemplateBody(),
    fields: [],
    scope: {},
  };
}
