import { describe, expect, it } from 'vitest';
import { mergeLibrary } from '@/utils/library/merge';
import { sampleTemplate } from './library-fixtures';

const as = (source: 'builtin' | 'managed' | 'team-url' | 'personal', ids: string[]) =>
  ids.map((id) => sampleTemplate(id, { source, name: `${source} ${id}` }));

describe('mergeLibrary precedence: managed > team-url > personal > builtin', () => {
  const merged = mergeLibrary({
    builtin: as('builtin', ['bug-report', 'user-story', 'retro']),
    managed: as('managed', ['bug-report']),
    'team-url': as('team-url', ['bug-report', 'user-story', 'team-only']),
    personal: as('personal', ['user-story', 'retro', 'mine']),
  });

  it('offers one template per id, from the highest source', () => {
    expect(merged.templates.map((t) => t.name)).toEqual([
      'managed bug-report',
      'team-url user-story',
      'team-url team-only',
      'personal retro',
      'personal mine',
    ]);
  });

  it('lists shadowed entries with who shadows them, and only personal ones are editable', () => {
    const row = (source: string, id: string) => merged.entries.find((e) => e.template.source === source && e.template.id === id);
    expect(row('team-url', 'bug-report')?.shadowedBy).toBe('managed');
    expect(row('builtin', 'bug-report')?.shadowedBy).toBe('managed');
    expect(row('personal', 'user-story')?.shadowedBy).toBe('team-url');
    expect(row('builtin', 'retro')?.shadowedBy).toBe('personal');
    expect(row('managed', 'bug-report')).toMatchObject({ shadowedBy: null, readOnly: true });
    expect(row('personal', 'mine')).toMatchObject({ shadowedBy: null, readOnly: false });
    expect(merged.entries).toHaveLength(10);
  });
});
