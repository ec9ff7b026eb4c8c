import { z } from 'zod/mini';
import { feedbackQuestionSchema, idSchema, projectKeySchema, versionSchema } from './events';
import { siteIdSchema } from './site';

export { feedbackQuestionSchema };
export type FeedbackQuestion = z.infer<typeof feedbackQuestionSchema>;

/** Score ranges per question; the background rejects a score outside its question's range. */
export const scoreRange: Record<FeedbackQuestion, { min: number; max: number }> = {
  ces: { min: 1, max: 7 },
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  thumbs: { min: 0, max: 1 },
};

export const serviceSchema = z.strictObject({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  description: z.string().check(z.maxLength(300)),
  question: feedbackQuestionSchema,
  active: z.boolean(),
});
export type Service = z.infer<typeof serviceSchema>;

export const servicesSchema = z.array(serviceSchema).check(
  z.maxLength(50),
  z.refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'service ids must be unique'),
);

const commentSchema = z.string().check(z.minLength(1), z.maxLength(2000));

/** What the popup or an in-page prompt sends; the question comes from the service, not the sender. */
export const submitFeedbackInputSchema = z.strictObject({
  serviceId: idSchema,
  score: z.int(),
  comment: z.optional(commentSchema),
  /** Only sent when the user ticked "include this page". */
  pageUrl: z.optional(z.url({ protocol: /^https?$/ })),
  templateId: z.optional(idSchema),
  templateVersion: z.optional(versionSchema),
  site: z.optional(siteIdSchema),
  project: z.optional(projectKeySchema),
});
export type SubmitFeedbackInput = z.infer<typeof submitFeedbackInputSchema>;

/** A comment added after a rating (the popup asks "anything else?" once the score is saved). */
export const submitCommentInputSchema = z.strictObject({
  feedbackId: z.uuid(),
  comment: commentSchema,
  /** Only sent when the user ticked "include this page". */
  pageUrl: z.optional(z.url({ protocol: /^https?$/ })),
});

/** A changed score within the popup's undo window (see utils/feedback/update.ts). */
export const updateFeedbackInputSchema = z.strictObject({ feedbackId: z.uuid(), score: z.int() });

export const feedbackRecordSchema = z.strictObject({
  id: z.uuid(),
  serviceId: idSchema,
  question: feedbackQuestionSchema,
  score: z.number(),
  comment: z.optional(commentSchema),
  pageUrl: z.optional(z.string()),
  templateId: z.optional(idSchema),
  templateVersion: z.optional(versionSchema),
  ts: z.iso.datetime(),
});
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;
