/**
 * Everything handlers need from the outside world, injectable so unit tests run them against
 * fake-indexeddb, a pinned clock and a fake collector. No state lives here.
 */
import { getDb, type OpsDatabase } from '../db';
import { readPromptsDisabledByAdmin } from '../feedback/admin';
import { systemClock, type Clock } from './clock';

export interface BackgroundDeps {
  db: () => Promise<OpsDatabase>;
  clock: Clock;
  fetch: typeof fetch;
  rand: () => number;
  promptsDisabledByAdmin: () => Promise<boolean>;
  /** Called after something was queued; the background starts a delivery round. */
  onEnqueued: () => void;
}

export const defaultDeps = (onEnqueued: () => void): BackgroundDeps => ({
  db: getDb,
  clock: systemClock,
  fetch: (...args) => fetch(...args),
  rand: Math.random,
  promptsDisabledByAdmin: readPromptsDisabledByAdmin,
  onEnqueued,
});
