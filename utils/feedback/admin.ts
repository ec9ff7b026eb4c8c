/**
 * Admin switch for in-page feedback prompts: managed policy `feedbackPrompts: false`
 * (public/managed-schema.json), read through the one policy reader so Firefox's throw when no
 * policy is installed means "not set" here too.
 */
import { getPolicy } from '../library/policy';

export async function readPromptsDisabledByAdmin(): Promise<boolean> {
  return (await getPolicy()).enforced.feedbackPrompts === false;
}
