/** Background handlers for the collector settings and the delivery queue. */
import { z } from 'zod/mini';
import type { BackgroundDeps } from '../metrics/deps';
import { onMessage } from '../messaging';
import { parseOrThrow } from '../schemas/parse';
import { saveSyncSettingsInputSchema, syncSettingsSchema } from '../schemas/settings';
import { readSyncSettings, syncSettingsItem, syncSettingsView } from '../settings';
import { deliverOutbox } from './deliver';
import { getSyncStatus } from './status';

const noPayload = z.optional(z.undefined());

/** One delivery round with the current settings; the alarm and "send now" both call this. */
export async function flushOutbox(deps: BackgroundDeps, force = false) {
  return deliverOutbox(await deps.db(), await readSyncSettings(), {
    fetch: deps.fetch,
    now: () => deps.clock.now(),
    rand: deps.rand,
    force,
  });
}

export function registerOutboxHandlers(deps: BackgroundDeps): void {
  onMessage('getSyncSettings', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return syncSettingsView(await readSyncSettings());
  });
  onMessage('saveSyncSettings', async ({ data }) => {
    const input = parseOrThrow(saveSyncSettingsInputSchema, data, 'settings');
    const next = parseOrThrow(syncSettingsSchema, { ...(await readSyncSettings()), ...input }, 'settings');
    await syncSettingsItem.setValue(next);
    if (next.url) deps.onEnqueued();
    return syncSettingsView(next);
  });
  onMessage('getSyncStatus', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    const settings = await readSyncSettings();
    return getSyncStatus(await deps.db(), deps.clock.now().getTime(), settings.url !== '');
  });
  onMessage('flushOutbox', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return flushOutbox(deps);
  });
  onMessage('retryOutboxNow', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return flushOutbox(deps, true);
  });
}
