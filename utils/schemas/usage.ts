import { z } from 'zod/mini';
import { feedbackQuestionSchema, idSchema, notReservedKey, projectKeySchema, storedEventSchema } from './events';
import { siteIdSchema } from './site';

/** A calendar day (the recording browser’s local day, utils/calendar.ts): the rollup grain. */
export const daySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const count = z.int().check(z.minimum(0));
/** Rollup maps are keyed by ids and codes from imported files too (see notReservedKey). */
const key = z.string().check(notReservedKey);
const counts = z.record(key, z.number());

export const templateRollupSchema = z.object({
  inserts: count,
  ms: z.number(),
  versions: counts,
  lastTs: z.optional(z.iso.datetime()),
  complianceSum: z.number(),
  complianceN: count,
  missing: counts,
  cesSum: z.number(),
  cesN: count,
});
export type TemplateRollup = z.infer<typeof templateRollupSchema>;

export const serviceRollupSchema = z.object({
  question: feedbackQuestionSchema,
  n: count,
  sum: z.number(),
  /** score → responses */
  dist: counts,
});
export type ServiceRollup = z.infer<typeof serviceRollupSchema>;

export const checklistRollupSchema = z.object({
  started: count,
  completed: count,
  durationsMs: z.array(z.number()),
  /** Net checks per item: +1 on check, −1 on uncheck (the background only reports real changes). */
  itemChecks: counts,
});
export type ChecklistRollup = z.infer<typeof checklistRollupSchema>;

/** One per day, site and project (and the same totals per day × site and per day, metrics/grains.ts); the dashboard reads only these. */
export const rollupSchema = z.object({
  key: z.string(),
  day: daySchema,
  site: z.optional(siteIdSchema),
  project: z.optional(projectKeySchema),
  counts,
  templates: z.record(key, templateRollupSchema),
  services: z.record(key, serviceRollupSchema),
  checklists: z.record(key, checklistRollupSchema),
  /** insert_failed per `${site}|${editor}` */
  failures: counts,
  featureErrors: counts,
});
export type Rollup = z.infer<typeof rollupSchema>;

export const USAGE_EXPORT_SCHEMA = 'product-ops-kit.usage/v1';

export const usageExportSchema = z.strictObject({
  schema: z.literal(USAGE_EXPORT_SCHEMA),
  installId: z.uuid(),
  exportedAt: z.iso.datetime(),
  events: z.array(storedEventSchema).check(z.maxLength(500_000)),
  rollups: z.array(rollupSchema).check(z.maxLength(100_000)),
});
export type UsageExport = z.infer<typeof usageExportSchema>;

export const importUsageInputSchema = z.strictObject({
  fileName: z.optional(z.string().check(z.maxLength(200))),
  /** The file's text; parsed here so a broken file gets a precise error. */
  json: z.string().check(z.maxLength(200_000_000)),
});

export const statsFiltersSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  site: z.optional(siteIdSchema),
  project: z.optional(projectKeySchema),
  includeImports: z.optional(z.boolean()),
  /** Mandatory items per checklist, from the checklist definitions, to find the most-skipped one. */
  mandatoryItems: z.optional(z.record(idSchema, z.array(idSchema))),
});
export type StatsFilters = z.infer<typeof statsFiltersSchema>;

export const weeklyUsageInputSchema = z.optional(z.strictObject({ weeks: z.optional(z.int().check(z.minimum(1), z.maximum(52))) }));
