/**
 * What the template library keeps in storage.local and what its messages accept. Template content
 * itself is utils/schemas/template.ts; this file adds where it came from and how it is managed.
 */
import { z } from 'zod/mini';
import { TEMPLATE_SOURCES, templateSchema } from './template';

const isoTime = z.iso.datetime({ offset: true });

/** The last good team library plus what a conditional request needs to revalidate it. */
export const teamCopySchema = z.strictObject({
  url: z.string(),
  templates: z.array(templateSchema),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  fetchedAt: isoTime,
});
export type TeamCopy = z.infer<typeof teamCopySchema>;

export const teamErrorSchema = z.strictObject({
  at: isoTime,
  url: z.string(),
  message: z.string(),
  /** Path-precise lines (`templates[3].fields[0].type: …`) when the file itself was invalid. */
  problems: z.array(z.string()),
});
export type TeamError = z.infer<typeof teamErrorSchema>;

export const teamStateSchema = z.strictObject({
  copy: z.optional(teamCopySchema),
  lastCheckedAt: z.optional(isoTime),
  lastError: z.optional(teamErrorSchema),
});
export type TeamState = z.infer<typeof teamStateSchema>;

/** '' means the user switched the team library off (a policy default then no longer applies). */
export const userTeamUrlSchema = z.optional(z.string());

export const DUPLICATE_CHOICES = ['ask', 'replace', 'keep-both'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

export const importInputSchema = z.strictObject({
  json: z.string().check(z.maxLength(5_000_000, 'the file is larger than 5 MB')),
  onDuplicate: z.optional(z.enum(DUPLICATE_CHOICES)),
});

export const idInputSchema = z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
export const setTeamUrlInputSchema = z.strictObject({ url: z.nullable(z.string().check(z.maxLength(2000))) });

export const sourceSchema = z.enum(TEMPLATE_SOURCES);
