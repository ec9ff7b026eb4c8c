/**
 * Admin policy from `browser.storage.managed` (declared in public/managed-schema.json). Each key is
 * parsed on its own: a broken key is dropped and reported, the rest of the policy still applies.
 */
import { z } from 'zod/mini';
import { dcOriginSchema } from '../dc-origins/origin-pattern';
import { serviceSchema } from './feedback';
import { syncSettingsSchema, usageSettingsSchema } from './settings';
import { templateLibraryFileSchema, type Template, type TEMPLATE_SOURCES } from './template';

export type TemplateSource = (typeof TEMPLATE_SOURCES)[number];

/**
 * Library files carry a `source` per entry, but where a file came from decides it: a team file
 * cannot claim to be managed. Entries that are not objects are left for the schema to report.
 */
export function stampSource(input: unknown, source: TemplateSource): unknown {
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { templates?: unknown }).templates)) return input;
  const file = input as { templates: unknown[] };
  const templates = file.templates.map((t) => (typeof t === 'object' && t !== null && !Array.isArray(t) ? { ...t, source } : t));
  return { ...file, templates };
}

/** A library file as pushed by the admin, reduced to its templates, every one marked managed. */
export const managedLibrarySchema = z.pipe(
  z.pipe(z.unknown(), z.transform((input) => stampSource(input, 'managed'))),
  z.pipe(templateLibraryFileSchema, z.transform((file): Template[] => file.templates)),
);

/** https only; plain http is accepted for loopback hosts so tests and local previews can serve a file. */
export function isAllowedLibraryUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

export const libraryUrlSchema = z.string().check(
  z.trim(),
  z.maxLength(2000),
  z.refine(isAllowedLibraryUrl, 'must be an https URL (http only for localhost)'),
);

export const policyEndpointSchema = z.strictObject({
  url: z.url({ protocol: /^https$/ }),
  writeKey: z.optional(syncSettingsSchema.shape.writeKey),
  sendUsage: z.optional(z.boolean()),
});

/** Enforced keys; `defaults` takes the same keys minus templates and allowPersonalTemplates. */
export const policyKeySchemas = {
  templates: managedLibrarySchema,
  libraryUrl: libraryUrlSchema,
  services: z.array(serviceSchema).check(z.maxLength(50)),
  endpoint: policyEndpointSchema,
  dcOrigins: z.array(dcOriginSchema).check(z.maxLength(100)),
  allowPersonalTemplates: z.boolean(),
  feedbackPrompts: z.boolean(),
  retentionDays: usageSettingsSchema.shape.retentionDays,
} as const;

/**
 * A restriction the user may lift is no restriction, and admin templates are always locked, so
 * those two keys have no "default" form.
 */
export const DEFAULTABLE_POLICY_KEYS = ['libraryUrl', 'services', 'endpoint', 'dcOrigins', 'feedbackPrompts', 'retentionDays'] as const;

export type PolicyKey = keyof typeof policyKeySchemas;
export type DefaultablePolicyKey = (typeof DEFAULTABLE_POLICY_KEYS)[number];
export type PolicyValues = { -readonly [K in PolicyKey]?: z.output<(typeof policyKeySchemas)[K]> };
export type PolicyDefaults = Pick<PolicyValues, DefaultablePolicyKey>;

export interface ManagedPolicy {
  /** Values the admin enforces: the user cannot change them. */
  enforced: PolicyValues;
  /** Starting points the user may override. */
  defaults: PolicyDefaults;
  /** One line per ignored part, path-precise (`services[0].question: …`). */
  problems: string[];
}

export const EMPTY_POLICY: ManagedPolicy = { enforced: {}, defaults: {}, problems: [] };
