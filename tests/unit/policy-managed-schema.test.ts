/**
 * public/managed-schema.json against the subset of JSON Schema Chrome accepts for
 * storage.managed_schema (developer.chrome.com/docs/extensions/reference/manifest/storage): a top-level
 * object without additionalProperties, exactly one supported type per schema, items for arrays.
 * An invalid schema stops Chrome from loading the extension, so this runs before any browser does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTABLE_POLICY_KEYS, policyKeySchemas } from '@/utils/schemas/policy';
import { templateDocSchema, checklistSchema, templateFieldSchema, templateScopeSchema, checklistItemSchema } from '@/utils/schemas/template';
import { serviceSchema } from '@/utils/schemas/feedback';

type Schema = Record<string, unknown>;
const TYPES = ['boolean', 'string', 'integer', 'number', 'array', 'object'];
const KNOWN = ['type', 'title', 'description', 'properties', 'items', 'additionalProperties', 'patternProperties', 'enum', 'minimum', 'maximum', 'pattern', 'required', 'id', '$ref'];

function chromeSchemaErrors(schema: unknown, path = '(root)'): string[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [`${path}: schema must be an object`];
  const s = schema as Schema;
  const errors = Object.keys(s).filter((k) => !KNOWN.includes(k)).map((k) => `${path}.${k}: unsupported attribute`);
  if (s.$ref !== undefined) return errors;
  if (typeof s.type !== 'string' || !TYPES.includes(s.type)) return [...errors, `${path}.type: must be exactly one of ${TYPES.join('|')}`];
  const child = (value: unknown, at: string) => errors.push(...chromeSchemaErrors(value, at));
  if (s.type === 'array') {
    if (s.items === undefined) errors.push(`${path}.items: arrays need an items schema`);
    else child(s.items, `${path}.items`);
  }
  for (const key of ['properties', 'patternProperties'] as const) {
    if (s[key] === undefined) continue;
    if (s.type !== 'object') errors.push(`${path}.${key}: only objects have ${key}`);
    for (const [name, sub] of Object.entries(s[key] as Schema)) child(sub, `${path}.${key}.${name}`);
  }
  if (s.additionalProperties !== undefined) child(s.additionalProperties, `${path}.additionalProperties`);
  if ((s.minimum !== undefined || s.maximum !== undefined) && s.type !== 'integer') errors.push(`${path}: minimum/maximum only on integers`);
  if (s.enum !== undefined) {
    const ok = Array.isArray(s.enum) && s.enum.length > 0 && s.enum.every((v) => (s.type === 'integer' ? Number.isInteger(v) : typeof v === 'string'));
    if (!ok || !['string', 'integer'].includes(s.type)) errors.push(`${path}.enum: needs a non-empty list of ${s.type} values`);
  }
  if (s.pattern !== undefined && s.type !== 'string') errors.push(`${path}.pattern: only on strings`);
  for (const key of ['title', 'description'] as const) if (s[key] !== undefined && typeof s[key] !== 'string') errors.push(`${path}.${key}: must be a string`);
  return errors;
}

const managed = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as Schema;
const props = managed.properties as Record<string, Schema>;
const propsOf = (schema: Schema) => Object.keys(schema.properties as Schema).sort();
const shapeKeys = (schema: { _zod: { def: { shape?: Record<string, unknown> } } }) => Object.keys(schema._zod.def.shape ?? {}).sort();

describe('managed-schema.json', () => {
  it('is a schema Chrome accepts', () => {
    expect(managed.type).toBe('object');
    expect(managed).not.toHaveProperty('additionalProperties');
    expect(chromeSchemaErrors(managed)).toEqual([]);
  });

  it('the validator rejects what Chrome rejects', () => {
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { type: 'array' } } })).toEqual(['(root).properties.a.items: arrays need an items schema']);
    expect(chromeSchemaErrors({ type: ['string', 'null'] })[0]).toMatch(/exactly one of/);
    expect(chromeSchemaErrors({ type: 'null' })[0]).toMatch(/exactly one of/);
    expect(chromeSchemaErrors({ type: 'string', format: 'uri' })).toEqual(['(root).format: unsupported attribute']);
  });

  it('declares every policy key, and defaults declare exactly the defaultable keys', () => {
    expect(propsOf(managed)).toEqual([...Object.keys(policyKeySchemas), 'defaults'].sort());
    expect(propsOf(props.defaults!)).toEqual([...DEFAULTABLE_POLICY_KEYS].sort());
  });

  it('describes every template, field, scope, item and service property the zod schemas know', () => {
    const template = ((props.templates!.properties as Record<string, Schema>).templates!.items as Schema);
    const t = template.properties as Record<string, Schema>;
    expect(propsOf(template)).toEqual([...new Set([...shapeKeys(templateDocSchema as never), ...shapeKeys(checklistSchema as never)])].sort());
    expect(propsOf(t.fields!.items as Schema)).toEqual(shapeKeys(templateFieldSchema as never));
    expect(propsOf(t.scope!)).toEqual(shapeKeys(templateScopeSchema as never));
    expect(propsOf(t.items!.items as Schema)).toEqual(shapeKeys(checklistItemSchema as never));
    expect(propsOf(props.services!.items as Schema)).toEqual(shapeKeys(serviceSchema as never));
  });
});
