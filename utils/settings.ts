/**
 * User-editable settings in browser.storage.local. Everything is zod-parsed on read: a value that
 * an older version or a hand edit left broken falls back to defaults instead of breaking the worker.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod/mini';
import { servicesSchema, type Service } from './schemas/feedback';
import {
  promptHistorySchema,
  promptSettingsSchema,
  syncSettingsSchema,
  usageSettingsSchema,
  type PromptHistory,
  type PromptSettings,
  type SyncSettings,
  type SyncSettingsView,
  type UsageSettings,
} from './schemas/settings';
import { defaultServices } from './services/defaults';

export const syncSettingsItem = storage.defineItem<SyncSettings>('local:syncSettings', {
  fallback: { url: '', writeKey: '', sendUsage: false },
  version: 1,
});
export const usageSettingsItem = storage.defineItem<UsageSettings>('local:usageSettings', {
  fallback: { retentionDays: 180, defaultMinutesSaved: 10, minutesSaved: {} },
  version: 1,
});
export const promptSettingsItem = storage.defineItem<PromptSettings>('local:promptSettings', {
  fallback: { neverAsk: false, globalCapPerDay: 1, cooldownDays: 14 },
  version: 1,
});
export const promptHistoryItem = storage.defineItem<PromptHistory>('local:promptHistory', {
  fallback: { byTemplateVersion: {}, shownAt: [] },
  version: 1,
});
export const servicesItem = storage.defineItem<Service[]>('local:services', { fallback: defaultServices, version: 1 });

async function readParsed<T>(item: WxtStorageItem<T, {}>, schema: z.ZodMiniType<T>): Promise<T> {
  const result = schema.safeParse(await item.getValue());
  if (result.success) return result.data;
  console.warn(`[settings] ${item.key} is invalid, using defaults`, result.error.issues);
  return item.fallback;
}

export const readSyncSettings = () => readParsed(syncSettingsItem, syncSettingsSchema);
export const readUsageSettings = () => readParsed(usageSettingsItem, usageSettingsSchema);
export const readPromptSettings = () => readParsed(promptSettingsItem, promptSettingsSchema);
export const readPromptHistory = () => readParsed(promptHistoryItem, promptHistorySchema);
export const readServices = () => readParsed(servicesItem, servicesSchema);

/** Enough to recognise the key, never enough to use it. */
export function maskWriteKey(key: string): string {
  if (!key) return '';
  return key.length > 8 ? `••••${key.slice(-4)}` : '••••';
}

export function syncSettingsView(settings: SyncSettings): SyncSettingsView {
  return {
    url: settings.url,
    sendUsage: settings.sendUsage,
    writeKeyMasked: maskWriteKey(settings.writeKey),
    hasWriteKey: settings.writeKey.length > 0,
  };
}
