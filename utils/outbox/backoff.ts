/**
 * Retry schedule: exponential from 30 s, capped at 6 h, with "equal jitter" (half fixed, half
 * random) so many browsers coming back online don't hit the collector in lockstep.
 */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 6 * 3600_000;

/** Delay before the next try after `attempt` tries (1 = the first try failed); rand ∈ [0, 1). */
export function nextDelay(attempt: number, rand: number): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * Math.min(Math.max(rand, 0), 1));
}
