/**
 * Issue 8 §5, policy objects: whatever an admin (or a broken GPO) puts in managed storage, parsePolicy
 * never throws, lists each ignored part under its own key with a path, drops exactly the broken keys
 * and keeps every valid key as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, resolvePolicySetting } from '@/utils/library/policy';
import { formatPath } from '@/utils/schemas/errors';
import { DEFAULTABLE_POLICY_KEYS, policyKeySchemas } from '@/utils/schemas/policy';
import { libraryFile, sampleTemplate } from './library-fixtures';
import { RUNS, expectPathPrecise, mutated, nastyValue } from './property-arbitraries';

const KEYS = Object.keys(policyKeySchemas);
const validPolicy = {
  templates: libraryFile([sampleTemplate('ops-brief')]),
  libraryUrl: 'https://ops.example.com/library.json',
  services: [{ id: 'design-review', name: 'Design review', description: '', question: 'csat', active: true }],
  endpoint: { url: 'https://collect.example.com/v1/batch', writeKey: 'k', sendUsage: true },
  dcOrigins: ['https://jira.example.com'],
  allowPersonalTemplates: false,
  feedbackPrompts: true,
  retentionDays: 90,
  defaults: { libraryUrl: 'https://team.example.com/l.json', retentionDays: 30, feedbackPrompts: false },
};

const policyArb = fc.oneof(
  { arbitrary: mutated(validPolicy), weight: 6 },
  { arbitrary: fc.dictionary(fc.constantFrom(...KEYS, 'defaults', 'surprise'), nastyValue), weight: 3 },
  { arbitrary: nastyValue, weight: 1 },
);

/** Top-level key a problem line is about: `services[0].question: …` → services, `defaults.x…` → defaults.x. */
function keyOf(line: string): string {
  const match = /^(defaults\.)?([A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])/.exec(line);
  return `${match?.[1] ?? ''}${match?.[2] ?? ''}`;
}

describe('parsePolicy on arbitrary input', () => {
  it('never throws; problems are per key and path-precise; broken keys dropped, valid keys kept', () => {
    fc.assert(
      fc.property(policyArb, (raw) => {
        const policy = parsePolicy(raw);
        if (policy.problems.length > 0) expectPathPrecise(policy.problems);
        const isRecord = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
        const input = (isRecord ? raw : {}) as Record<string, unknown>;
        const problemKeys = new Set(policy.problems.map(keyOf));
        for (const line of policy.problems) expect(line).toMatch(/ \(ignored\)$/);
        for (const key of KEYS) {
          if (input[key] === undefined) expect(policy.enforced).not.toHaveProperty(key);
          // Exactly one of: kept, or reported (an unknown key is reported and never kept).
          else expect(key in policy.enforced, `${key}: kept xor reported`).toBe(!problemKeys.has(key));
        }
        for (const key of Object.keys(input)) {
          if (!KEYS.includes(key) && key !== 'defaults') expect(problemKeys.has(formatPath([key])), `unknown key ${key} is listed`).toBe(true);
        }
        for (const key of DEFAULTABLE_POLICY_KEYS) expect(() => resolvePolicySetting(policy, key)).not.toThrow();
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('a valid policy is kept whole with no problems (the property above sees both sides)', () => {
    const policy = parsePolicy(validPolicy);
    expect(policy.problems).toEqual([]);
    expect(Object.keys(policy.enforced).sort()).toEqual([...KEYS].sort());
    expect(policy.defaults).toEqual(validPolicy.defaults);
  });
});
