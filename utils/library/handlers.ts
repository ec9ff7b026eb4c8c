/** Background wiring of the template library: messages, the team-library alarm and policy changes. */
import { z } from 'zod/mini';
import { onMessage } from '../messaging';
import { withRequiredSections } from '../render/sections';
import { idInputSchema, importInputSchema, setTeamUrlInputSchema } from '../schemas/library';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import { libraryUrlSchema } from '../schemas/policy';
import { exportFile, planImport } from './import-export';
import { getLibrary, getLibraryState } from './library';
import { readPersonal, writePersonal } from './personal';
import { assertPersonalAllowed, deletePersonalTemplate, savePersonalTemplate } from './personal-edit';
import { refreshTeamLibrary, type LibraryDeps } from './team';
import { userTeamUrlItem } from './team-store';

export const TEAM_LIBRARY_ALARM = 'team-library-refresh';
const REFRESH_MINUTES = 6 * 60;
const noPayload = z.optional(z.undefined());

export function registerLibraryHandlers(deps: LibraryDeps): void {
  onMessage('getTemplates', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return (await getLibrary(await deps.readPolicy())).templates.map(withRequiredSections);
  });
  onMessage('getLibraryState', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return getLibraryState(deps);
  });
  onMessage('savePersonalTemplate', async ({ data }) => savePersonalTemplate(data, deps));
  onMessage('deletePersonalTemplate', async ({ data }) => deletePersonalTemplate(parseOrThrow(idInputSchema, data, 'input').id));
  onMessage('importPersonalTemplates', async ({ data }) => {
    const input = parseOrThrow(importInputSchema, data, 'input');
    await assertPersonalAllowed(deps);
    const { result, next } = planImport((await readPersonal()).templates, input.json, input.onDuplicate ?? 'ask');
    if (next) await writePersonal(next);
    return result;
  });
  onMessage('exportPersonalTemplates', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return exportFile((await readPersonal()).templates, deps.now());
  });
  onMessage('setTeamLibraryUrl', async ({ data }) => {
    const { url } = parseOrThrow(setTeamUrlInputSchema, data, 'input');
    if ((await deps.readPolicy()).enforced.libraryUrl) throw new InvalidInputError(['url: the team library URL is set by your administrator']);
    // null = back to the policy default; '' = no team library; anything else must be a fetchable URL.
    const value = url === null || url.trim() === '' ? url : parseOrThrow(libraryUrlSchema, url, 'url');
    await userTeamUrlItem.setValue(value === null ? null : value.trim());
    return refreshTeamLibrary(deps);
  });
  onMessage('refreshTeamLibrary', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return refreshTeamLibrary(deps);
  });
}

/** Install → fetch now; then every 6 h by alarm (alarms survive the worker being stopped); policy change → refetch. */
export function registerLibrarySchedule(deps: LibraryDeps): void {
  const refresh = (why: string) =>
    refreshTeamLibrary(deps).catch((error: unknown) => console.warn(`[library] team refresh (${why}) failed`, error));
  browser.runtime.onInstalled.addListener(() => void refresh('install'));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_LIBRARY_ALARM) void refresh('alarm');
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refresh('policy change');
  });
  void browser.alarms.get(TEAM_LIBRARY_ALARM).then((existing) => {
    if (!existing) browser.alarms.create(TEAM_LIBRARY_ALARM, { delayInMinutes: REFRESH_MINUTES, periodInMinutes: REFRESH_MINUTES });
  });
}
