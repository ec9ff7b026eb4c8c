/**
 * Alarms survive the MV3 worker being stopped; timers don't. Delivery retries every minute
 * (each item's backoff decides whether it is due); retention runs daily.
 */
import type { Browser } from 'wxt/browser';
import type { BackgroundDeps } from '../metrics/deps';
import { pruneEventsOlderThan } from '../metrics/retention';
import { readUsageSettings } from '../settings';
import { flushOutbox } from './handlers';

export const OUTBOX_ALARM = 'outbox-retry';
export const RETENTION_ALARM = 'usage-retention';

/** Creates missing alarms only: re-creating on every wake would keep pushing them back. */
export async function ensureAlarms(): Promise<void> {
  if (!(await browser.alarms.get(OUTBOX_ALARM))) browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 1 });
  if (!(await browser.alarms.get(RETENTION_ALARM))) {
    browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  }
}

export function alarmHandler(deps: BackgroundDeps) {
  return async (alarm: Browser.alarms.Alarm): Promise<void> => {
    if (alarm.name === OUTBOX_ALARM) await flushOutbox(deps);
    if (alarm.name === RETENTION_ALARM) {
      const { retentionDays } = await readUsageSettings();
      await pruneEventsOlderThan(await deps.db(), retentionDays, deps.clock.now());
    }
  };
}
