import { z } from 'zod/mini';
import { complianceCheckedSchema, idSchema, projectKeySchema, versionSchema } from './events';
import { siteIdSchema } from './site';

const tickSchema = z.object({ checked: z.boolean(), at: z.iso.datetime() });

/** Ticks of one checklist on one Jira issue / Confluence page. */
export const checklistStateSchema = z.object({
  origin: z.string(),
  objectKey: z.string(),
  checklistId: idSchema,
  version: versionSchema,
  ticks: z.record(z.string(), tickSchema),
  /** Ticks of items a newer checklist version dropped, kept so nothing the user did is lost. */
  removed: z.array(z.object({ itemId: z.string(), checked: z.boolean(), at: z.iso.datetime(), removedAt: z.iso.datetime(), version: versionSchema })),
  firstTickAt: z.optional(z.iso.datetime()),
  completedAt: z.optional(z.iso.datetime()),
});
export type ChecklistState = z.infer<typeof checklistStateSchema>;

const originSchema = z.string().check(z.regex(/^https?:\/\/[^/\s]+$/), z.maxLength(300));
/** Issue key or page id: an identifier, never a title. */
const objectKeySchema = z.string().check(z.regex(/^[\w.~-]{1,100}$/));

export const checklistRefSchema = z.strictObject({ origin: originSchema, objectKey: objectKeySchema, checklistId: idSchema });
/** Every checklist of one issue / page: what the panel and the gate load in one message. */
export const checklistObjectRefSchema = z.strictObject({ origin: originSchema, objectKey: objectKeySchema });

/** A page's compliance with the template it was built from; the background keeps the last one per page. */
export const recordComplianceInputSchema = z.strictObject({ ...checklistObjectRefSchema.shape, check: complianceCheckedSchema });

export const saveChecklistTickInputSchema = z.strictObject({
  ...checklistRefSchema.shape,
  version: versionSchema,
  itemId: idSchema,
  checked: z.boolean(),
  /** Items of the current version; ticks of other items move to `removed`. */
  itemIds: z.array(idSchema).check(z.minLength(1), z.maxLength(200)),
  /** Mandatory items of the current version; when all are checked the checklist counts as completed. */
  mandatoryItemIds: z.array(idSchema).check(z.maxLength(200)),
  site: z.optional(siteIdSchema),
  project: z.optional(projectKeySchema),
});
export type SaveChecklistTickInput = z.infer<typeof saveChecklistTickInputSchema>;
