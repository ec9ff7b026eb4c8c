/** Background handlers for usage events, the dashboard, imports and checklist ticks. */
import { z } from 'zod/mini';
import { onMessage } from '../messaging';
import { parseOrThrow } from '../schemas/parse';
import { promptSettingsSchema, saveUsageSettingsInputSchema, usageSettingsSchema } from '../schemas/settings';
import { weeklyUsageInputSchema } from '../schemas/usage';
import { promptSettingsItem, readPromptSettings, readSyncSettings, readUsageSettings, usageSettingsItem } from '../settings';
import { getChecklistState, getChecklistStates, saveChecklistTick } from './checklist-state';
import { recordCompliance } from './compliance';
import type { BackgroundDeps } from './deps';
import { exportUsage, importUsage, listImports, removeImport } from './imports';
import { createEventRecorder } from './record';
import { getAdoptionStats, getWeeklyUsage } from './stats';

const noPayload = z.optional(z.undefined());
const removeImportSchema = z.strictObject({ id: z.string().check(z.minLength(1)) });

const usageSyncOn = async () => {
  const { sendUsage, url } = await readSyncSettings();
  return sendUsage && url !== '';
};

export function registerMetricsHandlers(deps: BackgroundDeps): void {
  const recordEvents = createEventRecorder({ db: deps.db, clock: deps.clock, enqueueUsage: usageSyncOn, onEnqueued: deps.onEnqueued });
  onMessage('trackEvents', ({ data }) => recordEvents(data));
  onMessage('getAdoptionStats', async ({ data }) => getAdoptionStats(await deps.db(), data, await readUsageSettings()));
  onMessage('getWeeklyUsage', async ({ data }) => {
    const input = parseOrThrow(weeklyUsageInputSchema, data, 'input');
    return getWeeklyUsage(await deps.db(), input?.weeks ?? 8, deps.clock.now());
  });
  onMessage('exportUsage', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return exportUsage(await deps.db(), deps.clock);
  });
  onMessage('importUsage', async ({ data }) => importUsage(await deps.db(), data, deps.clock));
  onMessage('getImports', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return listImports(await deps.db());
  });
  onMessage('removeImport', async ({ data }) => removeImport(await deps.db(), parseOrThrow(removeImportSchema, data, 'input').id));
  onMessage('getUsageSettings', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return { usage: await readUsageSettings(), prompts: await readPromptSettings() };
  });
  onMessage('saveUsageSettings', async ({ data }) => {
    const input = parseOrThrow(saveUsageSettingsInputSchema, data, 'settings');
    const usage = parseOrThrow(usageSettingsSchema, { ...(await readUsageSettings()), ...input.usage }, 'settings.usage');
    const prompts = parseOrThrow(promptSettingsSchema, { ...(await readPromptSettings()), ...input.prompts }, 'settings.prompts');
    await Promise.all([usageSettingsItem.setValue(usage), promptSettingsItem.setValue(prompts)]);
    return { usage, prompts };
  });
  onMessage('getChecklistState', async ({ data }) => getChecklistState(await deps.db(), data));
  onMessage('getChecklistStates', async ({ data }) => getChecklistStates(await deps.db(), data));
  onMessage('recordCompliance', async ({ data }) => {
    const enqueueUsage = await usageSyncOn();
    const result = await recordCompliance(await deps.db(), data, deps.clock, enqueueUsage);
    if (result.recorded && enqueueUsage) deps.onEnqueued();
    return result;
  });
  onMessage('saveChecklistTick', async ({ data }) => {
    const enqueueUsage = await usageSyncOn();
    const state = await saveChecklistTick(await deps.db(), data, deps.clock, enqueueUsage);
    if (enqueueUsage) deps.onEnqueued();
    return state;
  });
}
