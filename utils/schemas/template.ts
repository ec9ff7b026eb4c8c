/**
 * Templates and checklists: the data model shared by the built-in library, imports, managed
 * policies and team URLs. Everything read from outside is parsed here; types are z.infer only.
 */
import { z } from 'zod/mini';
import { BUILTIN_VARIABLES, PLACEHOLDER_KEY } from '../render/placeholders';
import { formatIssues } from './errors';
import { notReservedKey } from './events';

export const LIBRARY_SCHEMA_ID = 'product-ops-kit.templates/v1';

export { BUILTIN_VARIABLES };

export const FIELD_TYPES = ['text', 'paragraph', 'select', 'date', 'number'] as const;
export const PRODUCTS = ['jira', 'confluence'] as const;
export const TEMPLATE_SOURCES = ['builtin', 'managed', 'team-url', 'personal'] as const;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const slug = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "bug-report"'),
  z.maxLength(64),
  // Template and item ids key usage rollups and checklist ticks.
  notReservedKey,
);
// The placeholder grammar itself, so every declared key is fillable.
const fieldKey = z.string().check(
  z.regex(PLACEHOLDER_KEY, 'must start with a letter and hold only letters, digits and _'),
  z.maxLength(40),
);

export const templateFieldSchema = z.strictObject({
  key: fieldKey,
  label: text(80),
  type: z.enum(FIELD_TYPES),
  options: z.optional(z.array(text(80)).check(z.minLength(1), z.maxLength(50))),
  default: z.optional(z.string().check(z.maxLength(2000))),
  required: z.boolean(),
  help: z.optional(text(300)),
});

export const templateScopeSchema = z.strictObject({
  products: z.optional(z.array(z.enum(PRODUCTS))),
  projectKeys: z.optional(z.array(text(32))),
  issueTypes: z.optional(z.array(text(64))),
  spaceKeys: z.optional(z.array(text(64))),
});

export const checklistItemSchema = z.strictObject({
  id: slug,
  text: text(300),
  mandatory: z.boolean(),
  help: z.optional(text(500)),
});

const baseShape = {
  id: slug,
  version: z.int().check(z.gte(1)),
  name: text(80),
  description: z.string().check(z.maxLength(300)),
  tags: z.array(text(40)).check(z.maxLength(20)),
  owner: text(120),
  updatedAt: z.iso.datetime({ offset: true }),
  body: z.string().check(z.maxLength(100_000)),
  fields: z.array(templateFieldSchema).check(z.maxLength(30)),
  scope: templateScopeSchema,
  source: z.enum(TEMPLATE_SOURCES),
  minutesSaved: z.optional(z.number().check(z.gte(0), z.lte(600))),
  requiredSections: z.optional(z.array(text(200))),
};

type Field = z.infer<typeof templateFieldSchema>;

/** Cross-field rules zod's shapes cannot say: unique/unreserved keys, select options, defaults. */
function checkFields(fields: Field[], ctx: z.core.$RefinementCtx<unknown>) {
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    const at = (key: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: ['fields', i, key], message, input: field });
    if ((BUILTIN_VARIABLES as readonly string[]).includes(field.key)) at('key', `"${field.key}" is a built-in variable`);
    if (seen.has(field.key)) at('key', `duplicate field key "${field.key}"`);
    seen.add(field.key);
    if (field.type === 'select' && !field.options) at('options', 'a select field needs options');
    if (field.type !== 'select' && field.options) at('options', 'only select fields take options');
    if (field.default === undefined) return;
    if (field.type === 'select' && field.options && !field.options.includes(field.default)) {
      at('default', `must be one of ${field.options.join('|')}`);
    }
    if (field.type === 'number' && !Number.isFinite(Number(field.default))) at('default', 'must be a number');
    if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(field.default)) at('default', 'must be a date like 2025-01-31');
  });
}

export const templateDocSchema = z
  .strictObject({ ...baseShape, kind: z.literal('template') })
  .check(z.superRefine((t, ctx) => checkFields(t.fields, ctx)));

export const checklistSchema = z
  .strictObject({
    ...baseShape,
    kind: z.literal('checklist'),
    items: z.array(checklistItemSchema).check(z.minLength(1), z.maxLength(100)),
  })
  .check(
    z.superRefine((c, ctx) => {
      checkFields(c.fields, ctx);
      const seen = new Set<string>();
      c.items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id "${item.id}"`, input: item });
        seen.add(item.id);
      });
    }),
  );

export const templateSchema = z.discriminatedUnion('kind', [templateDocSchema, checklistSchema]);

export const templateLibraryFileSchema = z
  .strictObject({ schema: z.literal(LIBRARY_SCHEMA_ID), templates: z.array(templateSchema) })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.templates.forEach((t, i) => {
        if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `duplicate template id "${t.id}"`, input: t });
        seen.add(t.id);
      });
    }),
  );

/** What the page tells the renderer; absent values leave their `{{placeholder}}` visible. */
export const renderContextSchema = z.object({
  date: z.string(),
  user: z.optional(z.string()),
  issueKey: z.optional(z.string()),
  projectKey: z.optional(z.string()),
  issueType: z.optional(z.string()),
  pageTitle: z.optional(z.string()),
  spaceKey: z.optional(z.string()),
  product: z.optional(z.enum(PRODUCTS)),
});

export type TemplateField = z.infer<typeof templateFieldSchema>;
export type TemplateScope = z.infer<typeof templateScopeSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type TemplateDoc = z.infer<typeof templateDocSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
export type Template = z.infer<typeof templateSchema>;
export type TemplateLibraryFile = z.infer<typeof templateLibraryFileSchema>;
export type RenderContext = z.infer<typeof renderContextSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, root: string): ParseResult<T> {
  // reportInput lets formatIssues tell "missing" from "wrong type".
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(result.error, root) };
}

export const parseTemplate = (input: unknown, root = '') => parseWith<Template>(templateSchema, input, root);
export const parseTemplateLibrary = (input: unknown) => parseWith<TemplateLibraryFile>(templateLibraryFileSchema, input, '');
