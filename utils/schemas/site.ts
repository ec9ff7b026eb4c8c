import { z } from 'zod/mini';

export const siteIdSchema = z.enum(['jira-cloud', 'jira-dc', 'confluence-cloud', 'confluence-dc']);
export type SiteId = z.infer<typeof siteIdSchema>;

export const pageKindSchema = z.enum(['issue', 'board', 'create', 'page-view', 'page-edit', 'other']);
export type PageKind = z.infer<typeof pageKindSchema>;

/** What a page tells us about where the PM is; feeds template variables and scope. */
export const pageContextSchema = z.object({
  product: z.enum(['jira', 'confluence']),
  issueKey: z.optional(z.string()),
  projectKey: z.optional(z.string()),
  issueType: z.optional(z.string()),
  spaceKey: z.optional(z.string()),
  pageId: z.optional(z.string()),
  pageTitle: z.optional(z.string()),
  user: z.optional(z.string()),
});
export type PageContext = z.infer<typeof pageContextSchema>;
