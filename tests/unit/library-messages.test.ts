import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerLibraryHandlers, registerLibrarySchedule, TEAM_LIBRARY_ALARM } from '@/utils/library/handlers';
import { personalItem } from '@/utils/library/personal';
import { parsePolicy } from '@/utils/library/policy';
import { sendMessage } from '@/utils/messaging';
import { builtinTemplates } from '@/utils/templates';
import { installMessagingShim, resetMessaging } from './helpers/messaging-shim';
import { libraryFile, sampleTemplate } from './library-fixtures';

let rawPolicy: Record<string, unknown>;
const teamUrl = 'https://team.example.com/library.json';
const deps = {
  fetch: (async () => new Response(JSON.stringify(libraryFile([sampleTemplate('team-brief')])), { status: 200 })) as unknown as typeof fetch,
  now: () => new Date('2025-03-10T10:00:00Z'),
  readPolicy: async () => parsePolicy(rawPolicy),
  hasHostAccess: async () => true,
};
const draft = { name: 'Weekly update', description: 'Status for stakeholders', kind: 'template', tags: ['status'], body: '## Done\n{{done}}', scope: {}, fields: [{ key: 'done', label: 'Done', type: 'paragraph', required: true }] };

beforeEach(() => {
  fakeBrowser.reset();
  installMessagingShim();
  rawPolicy = {};
  registerLibraryHandlers(deps);
});
afterEach(() => resetMessaging());

describe('template library messages', () => {
  it('getTemplates: built-ins alone when nothing else is configured', async () => {
    expect((await sendMessage('getTemplates', undefined)).map((t) => t.id)).toEqual(builtinTemplates.map((t) => t.id));
  });

  it('creates a personal template with background-owned id/version/source, then edits it (version bumped)', async () => {
    const created = await sendMessage('savePersonalTemplate', { template: { ...draft, source: 'managed', version: 99 } });
    expect(created).toMatchObject({ id: 'weekly-update', version: 1, source: 'personal', owner: 'Me', updatedAt: '2025-03-10T10:00:00.000Z' });
    const edited = await sendMessage('savePersonalTemplate', { template: { ...created, name: 'Weekly update v2' } });
    expect(edited).toMatchObject({ id: 'weekly-update', version: 2, name: 'Weekly update v2' });
    const templates = await sendMessage('getTemplates', undefined);
    expect(templates.filter((t) => t.source === 'personal').map((t) => t.name)).toEqual(['Weekly update v2']);
  });

  it('a duplicate of a built-in gets a fresh id instead of shadowing it', async () => {
    const bug = builtinTemplates.find((t) => t.id === 'bug-report')!;
    const { id: _id, ...copy } = bug;
    expect((await sendMessage('savePersonalTemplate', { template: copy })).id).toBe('bug-report-2');
  });

  it('rejects an invalid draft with path-precise errors and stores nothing', async () => {
    const bad = { ...draft, fields: [{ key: 'date', label: 'Date', type: 'date', required: false }] };
    await expect(sendMessage('savePersonalTemplate', { template: bad })).rejects.toThrow('template.fields[0].key: "date" is a built-in variable');
    await expect(sendMessage('savePersonalTemplate', { template: 'nope' } as never)).rejects.toThrow('input.template: expected record');
    expect(await personalItem.getValue()).toEqual([]);
  });

  it('import is atomic: an invalid file leaves the personal library as it was', async () => {
    await sendMessage('savePersonalTemplate', { template: draft });
    const before = await personalItem.getValue();
    const json = JSON.stringify(libraryFile([sampleTemplate('ok'), { ...sampleTemplate('bad'), version: 0 }]));
    expect(await sendMessage('importPersonalTemplates', { json, onDuplicate: 'replace' })).toEqual({
      status: 'invalid',
      errors: ['templates[1].version: must be ≥ 1 — entry "Template bad"'],
    });
    expect(await personalItem.getValue()).toEqual(before);
  });

  it('export → delete → import restores the template', async () => {
    await sendMessage('savePersonalTemplate', { template: draft });
    const { json } = await sendMessage('exportPersonalTemplates', undefined);
    expect(await sendMessage('deletePersonalTemplate', { id: 'weekly-update' })).toEqual({ removed: true });
    expect(await sendMessage('importPersonalTemplates', { json })).toMatchObject({ status: 'imported', added: ['weekly-update'] });
    expect(await sendMessage('importPersonalTemplates', { json })).toEqual({ status: 'duplicates', ids: ['weekly-update'] });
  });

  it('policy: managed templates are read-only and win; personal templates can be forbidden', async () => {
    await sendMessage('savePersonalTemplate', { template: draft });
    rawPolicy = { templates: libraryFile([sampleTemplate('weekly-update', { name: 'Admin weekly' })]), allowPersonalTemplates: false };
    const state = await sendMessage('getLibraryState', undefined);
    expect(state.entries.filter((e) => e.template.id === 'weekly-update').map((e) => [e.template.source, e.readOnly])).toEqual([['managed', true]]);
    expect(state.policy).toEqual({ allowPersonalTemplates: false, managedCount: 1, problems: [] });
    expect(state.personal.stored).toBe(1);
    await expect(sendMessage('savePersonalTemplate', { template: draft })).rejects.toThrow('turned off by your administrator');
    await expect(sendMessage('importPersonalTemplates', { json: '{}' })).rejects.toThrow('turned off by your administrator');
    expect((await sendMessage('getTemplates', undefined)).find((t) => t.id === 'weekly-update')?.name).toBe('Admin weekly');
  });

  it('team URL: set by the user and fetched; refused when the admin enforces one', async () => {
    const status = await sendMessage('setTeamLibraryUrl', { url: teamUrl });
    expect(status).toMatchObject({ url: teamUrl, origin: 'user', templateCount: 1, lastError: null });
    expect((await sendMessage('getTemplates', undefined)).some((t) => t.id === 'team-brief' && t.source === 'team-url')).toBe(true);
    await expect(sendMessage('setTeamLibraryUrl', { url: 'http://team.example.com/x.json' })).rejects.toThrow('url: must be an https URL');
    rawPolicy = { libraryUrl: 'https://admin.example.com/l.json' };
    await expect(sendMessage('setTeamLibraryUrl', { url: teamUrl })).rejects.toThrow('set by your administrator');
  });
});

describe('team library schedule', () => {
  it('creates the refresh alarm once and refreshes on install and on the alarm', async () => {
    const { userTeamUrlItem, teamStateItem } = await import('@/utils/library/team-store');
    await userTeamUrlItem.setValue(teamUrl);
    registerLibrarySchedule(deps);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.alarms.get(TEAM_LIBRARY_ALARM)).toMatchObject({ periodInMinutes: 360 });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await teamStateItem.getValue()).copy?.templates.map((t) => t.id)).toEqual(['team-brief']);
  });
});
