/**
 * Turns zod issues into one human line each, prefixed with the exact path:
 * `templates[2].fields[0].type: expected one of text|paragraph|select|date|number`.
 * Messages are built from the issue codes rather than zod's locale, because zod/mini ships
 * no English messages and imports/policies must tell an admin precisely what to fix.
 */
import type { core } from 'zod/mini';

type Issue = core.$ZodIssue;
type PathKey = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly PathKey[], root = ''): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

const plural = (n: number | bigint, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sizeMessage(issue: core.$ZodIssueTooSmall | core.$ZodIssueTooBig, small: boolean): string {
  const bound = small ? (issue as core.$ZodIssueTooSmall).minimum : (issue as core.$ZodIssueTooBig).maximum;
  const dir = small ? 'at least' : 'at most';
  if (issue.origin === 'string') {
    return small && bound === 1 ? 'must not be empty' : `must be ${dir} ${plural(bound, 'character')}`;
  }
  if (issue.origin === 'array') return `must have ${dir} ${plural(bound, 'item')}`;
  const strict = issue.inclusive === false;
  return `must be ${small ? (strict ? '>' : '≥') : strict ? '<' : '≤'} ${bound}`;
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `required (expected ${issue.expected})`;
      return `expected ${issue.expected}, received ${describeValue(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map(String).join('|')}`;
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) {
        return `expected one of ${issue.options.map(String).join('|')}`;
      }
      return 'does not match any allowed shape';
    case 'too_small':
      return sizeMessage(issue, true);
    case 'too_big':
      return sizeMessage(issue, false);
    case 'invalid_format':
      if (issue.format === 'datetime') return 'expected an ISO date-time like 2025-01-31T09:00:00Z';
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return issue.message || 'invalid value';
  }
}

/** One line per problem; unknown keys get one line each, at the key's own path. */
export function formatIssues(error: { issues: readonly Issue[] }, root = ''): string[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${formatPath([...issue.path, key], root)}: unknown key`)
      : [`${formatPath(issue.path, root)}: ${describeIssue(issue)}`],
  );
}
