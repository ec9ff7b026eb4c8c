import { z } from 'zod/mini';
import { pageKindSchema, siteIdSchema } from './site';

/**
 * Usage events. Only ids, codes and numbers: never page content (issue text, titles, URLs),
 * because events can be exported and sent to a collector.
 */
/**
 * Ids and codes become object keys in rollups, ticks and settings. A name Object.prototype already has
 * would read back its member there, and `__proto__` would write into the prototype itself.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
export const notReservedKey = z.refine<string>((value) => !RESERVED_KEYS.has(value), 'must not be a reserved name like __proto__ or constructor');
const idSchema = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[\w.:@/-]+$/), notReservedKey);
/** Failure reasons are short machine codes, so an exception message can't leak page text. */
const codeSchema = z.string().check(z.regex(/^[a-z0-9_.-]{1,64}$/), notReservedKey);
const versionSchema = z.int().check(z.minimum(1));
const msSchema = z.number().check(z.minimum(0), z.maximum(7 * 24 * 3600 * 1000));
/** Jira project keys and Confluence space keys (personal spaces start with "~"). */
export const projectKeySchema = z.string().check(z.regex(/^~?[\w-]{1,64}$/), notReservedKey);
export const feedbackQuestionSchema = z.enum(['ces', 'csat', 'nps', 'thumbs']);
const editorSchema = codeSchema;

const dims = { site: z.optional(siteIdSchema), project: z.optional(projectKeySchema) };

const gateFields = {
  ...dims,
  site: siteIdSchema,
  checklistIds: z.array(idSchema).check(z.maxLength(50)),
  placeholders: z.int().check(z.minimum(0)),
};

/** How much of a template a page still has: ids of the missing sections, never their text. */
export const complianceCheckedSchema = z.strictObject({
  type: z.literal('compliance_checked'),
  ...dims,
  templateId: idSchema,
  version: versionSchema,
  score: z.number().check(z.minimum(0), z.maximum(1)),
  missing: z.array(idSchema).check(z.maxLength(100)),
});
export type ComplianceCheck = z.infer<typeof complianceCheckedSchema>;

export const usageEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('template_inserted'),
    ...dims,
    templateId: idSchema,
    version: versionSchema,
    site: siteIdSchema,
    page: pageKindSchema,
    editor: editorSchema,
    ms: msSchema,
    usedFields: z.boolean(),
  }),
  z.strictObject({ type: z.literal('insert_failed'), ...dims, site: siteIdSchema, editor: editorSchema, reason: codeSchema }),
  z.strictObject({ type: z.literal('picker_opened'), ...dims, site: siteIdSchema, page: pageKindSchema }),
  z.strictObject({
    type: z.literal('checklist_item_toggled'),
    ...dims,
    checklistId: idSchema,
    version: versionSchema,
    itemId: idSchema,
    checked: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('checklist_completed'),
    ...dims,
    checklistId: idSchema,
    version: versionSchema,
    msToComplete: z.number().check(z.minimum(0)),
  }),
  z.strictObject({ type: z.literal('gate_warning_shown'), ...gateFields }),
  z.strictObject({ type: z.literal('gate_overridden'), ...gateFields }),
  complianceCheckedSchema,
  z.strictObject({
    type: z.literal('feedback_submitted'),
    ...dims,
    serviceId: idSchema,
    question: feedbackQuestionSchema,
    score: z.number().check(z.minimum(0), z.maximum(10)),
    templateId: z.optional(idSchema),
    templateVersion: z.optional(versionSchema),
  }),
  z.strictObject({ type: z.literal('feature_error'), ...dims, featureId: idSchema, site: siteIdSchema }),
]);
export type UsageEvent = z.infer<typeof usageEventSchema>;
export type UsageEventType = UsageEvent['type'];

/** What the background stores: the event plus an id and a timestamp it stamps itself. */
export const storedEventSchema = z.intersection(
  usageEventSchema,
  z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)), ts: z.iso.datetime() }),
);
export type StoredEvent = z.infer<typeof storedEventSchema>;

/** One message may carry a burst (content scripts batch); 1,000 is the tested upper bound. */
export const trackEventsInputSchema = z.array(usageEventSchema).check(z.minLength(1), z.maxLength(1000));

/**
 * What content scripts send. They retry a message whose reply never came (utils/runtime/send-queue.ts),
 * and a worker stopped between commit and reply makes that a resend of stored events: the batch id
 * lets the background recognise it and store nothing twice.
 */
export const trackBatchInputSchema = z.strictObject({ batchId: z.uuid(), events: trackEventsInputSchema });
export type TrackBatch = z.infer<typeof trackBatchInputSchema>;

export { idSchema, versionSchema };
