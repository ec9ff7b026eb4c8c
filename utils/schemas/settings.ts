import { z } from 'zod/mini';
import { idSchema } from './events';

/** Optional collector (Segment HTTP tracking API compatible). Empty url = nothing leaves the browser. */
export const syncSettingsSchema = z.strictObject({
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  writeKey: z.string().check(z.maxLength(200)),
  sendUsage: z.boolean(),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

/** What the UI may save: writeKey omitted keeps the stored key, '' clears it. */
export const saveSyncSettingsInputSchema = z.strictObject({
  url: z.optional(syncSettingsSchema.shape.url),
  writeKey: z.optional(syncSettingsSchema.shape.writeKey),
  sendUsage: z.optional(z.boolean()),
});

/** What the UI gets back: never the whole write key. */
export const syncSettingsViewSchema = z.strictObject({
  url: z.string(),
  sendUsage: z.boolean(),
  writeKeyMasked: z.string(),
  hasWriteKey: z.boolean(),
});
export type SyncSettingsView = z.infer<typeof syncSettingsViewSchema>;

export const usageSettingsSchema = z.strictObject({
  retentionDays: z.int().check(z.minimum(7), z.maximum(3650)),
  defaultMinutesSaved: z.number().check(z.minimum(0), z.maximum(600)),
  /** Estimated minutes a template saves per use; the "hours saved" card multiplies uses by it. */
  minutesSaved: z.record(idSchema, z.number().check(z.minimum(0), z.maximum(600))),
});
export type UsageSettings = z.infer<typeof usageSettingsSchema>;

export const promptSettingsSchema = z.strictObject({
  /** User's "don't ask again". */
  neverAsk: z.boolean(),
  globalCapPerDay: z.int().check(z.minimum(0), z.maximum(20)),
  cooldownDays: z.int().check(z.minimum(0), z.maximum(365)),
});
export type PromptSettings = z.infer<typeof promptSettingsSchema>;

/** When prompts were shown: key = `${templateId}@${version}`, value = ISO time (latest). */
export const promptHistorySchema = z.strictObject({
  byTemplateVersion: z.record(z.string(), z.iso.datetime()),
  shownAt: z.array(z.iso.datetime()).check(z.maxLength(100)),
});
export type PromptHistory = z.infer<typeof promptHistorySchema>;

export const saveUsageSettingsInputSchema = z.strictObject({
  usage: z.optional(z.partial(usageSettingsSchema)),
  prompts: z.optional(z.partial(promptSettingsSchema)),
});
