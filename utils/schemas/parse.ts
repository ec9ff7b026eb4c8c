import { z } from 'zod/mini';
import { formatIssues } from './errors';

/** Thrown for bad input; the message lists every problem with its exact path. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Parses or throws an InvalidInputError whose lines read `root.path: what is wrong`. */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, input: unknown, root: string): z.core.output<S> {
  // reportInput lets formatIssues tell "missing" from "wrong type"; messages never echo the value.
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  throw new InvalidInputError(formatIssues(result.error, root));
}
