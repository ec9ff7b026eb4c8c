/**
 * The one reader of admin policy. Other modules call getPolicy() (or resolvePolicySetting) instead
 * of touching storage.managed, so "no policy", a broken policy and Firefox's throw look the same.
 */
import { z } from 'zod/mini';
import { formatIssues, formatPath } from '../schemas/errors';
import {
  DEFAULTABLE_POLICY_KEYS,
  EMPTY_POLICY,
  policyKeySchemas,
  type DefaultablePolicyKey,
  type ManagedPolicy,
  type PolicyKey,
  type PolicyValues,
} from '../schemas/policy';

export interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

const POLICY_KEYS = Object.keys(policyKeySchemas) as PolicyKey[];

function parseKeys<K extends PolicyKey>(raw: Record<string, unknown>, keys: readonly K[], root: string, problems: string[]) {
  const values = {} as Pick<PolicyValues, K>;
  for (const key of Object.keys(raw)) {
    // formatPath quotes a key that is no identifier (`[" "]: unknown policy key`), so every line names its key.
    if (!(keys as readonly string[]).includes(key)) problems.push(`${formatPath([key], root)}: unknown policy key (ignored)`);
  }
  for (const key of keys) {
    if (raw[key] === undefined) continue;
    const result = z.safeParse(policyKeySchemas[key], raw[key], { reportInput: true });
    if (result.success) values[key] = result.data as PolicyValues[K];
    else problems.push(...formatIssues(result.error, formatPath([key], root)).map((line) => `${line} (ignored)`));
  }
  return values;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Pure: raw managed storage → enforced values, defaults and the list of ignored parts. */
export function parsePolicy(raw: unknown): ManagedPolicy {
  if (!isRecord(raw)) return EMPTY_POLICY;
  const problems: string[] = [];
  const { defaults: rawDefaults, ...rest } = raw;
  const enforced = parseKeys(rest, POLICY_KEYS, '', problems);
  let defaults = {};
  if (isRecord(rawDefaults)) defaults = parseKeys(rawDefaults, DEFAULTABLE_POLICY_KEYS, 'defaults', problems);
  else if (rawDefaults !== undefined) problems.push('defaults: expected object (ignored)');
  return { enforced, defaults, problems };
}

/**
 * Firefox throws ("Managed storage manifest not found") when no policy is installed; Chrome may
 * reject or resolve {} / undefined. All of these mean "no policy".
 */
export async function readManagedStorage(area: ManagedArea | undefined = browser.storage?.managed): Promise<unknown> {
  if (!area) return {};
  try {
    return (await area.get(null)) ?? {};
  } catch {
    return {};
  }
}

export async function getPolicy(area?: ManagedArea): Promise<ManagedPolicy> {
  const policy = parsePolicy(await readManagedStorage(area));
  if (policy.problems.length > 0) console.warn('[policy] parts of the managed policy were ignored', policy.problems);
  return policy;
}

export type PolicySetting<T> = { value: T; locked: boolean } | undefined;

/** An enforced value (locked) wins over a default (the user may change it); absent → undefined. */
export function resolvePolicySetting<K extends DefaultablePolicyKey>(policy: ManagedPolicy, key: K): PolicySetting<NonNullable<PolicyValues[K]>> {
  const enforced = policy.enforced[key];
  if (enforced !== undefined) return { value: enforced as NonNullable<PolicyValues[K]>, locked: true };
  const fallback = policy.defaults[key];
  return fallback === undefined ? undefined : { value: fallback as NonNullable<PolicyValues[K]>, locked: false };
}

/** Personal templates are allowed unless the admin sets allowPersonalTemplates: false. */
export const personalTemplatesAllowed = (policy: ManagedPolicy) => policy.enforced.allowPersonalTemplates !== false;
