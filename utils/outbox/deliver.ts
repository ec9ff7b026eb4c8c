/**
 * Sends due outbox items to `{url}/v1/batch`. Items stay until a 2xx; 400/422 (the collector
 * says the payload itself is invalid, so a retry can't help) drops them and counts the drop.
 */
import type { OpsDatabase } from '../db';
import { bumpCounter, ensureInstallId, type LastDeliveryError } from '../db/meta';
import type { SyncSettings } from '../schemas/settings';
import { claimDue } from './claim';
import { basicAuth, batchUrl, toSegmentBatch } from './segment';

export interface DeliveryDeps {
  fetch: typeof fetch;
  now: () => Date;
  rand: () => number;
  batchSize?: number;
  maxBatches?: number;
  /** Ignore backoff delays (the user pressed "Send now"). */
  force?: boolean;
}

export interface DeliveryResult {
  sent: number;
  dropped: number;
  failed: number;
  skipped?: 'no_endpoint';
}

const PAYLOAD_INVALID = new Set([400, 422]);
const REQUEST_TIMEOUT_MS = 20_000;

type Outcome = { kind: 'sent' } | { kind: 'invalid' | 'retry'; error: LastDeliveryError };

async function post(settings: SyncSettings, body: unknown, deps: DeliveryDeps): Promise<Outcome> {
  const at = deps.now().toISOString();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.writeKey) headers.authorization = basicAuth(settings.writeKey);
  try {
    const response = await deps.fetch(batchUrl(settings.url), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.ok) return { kind: 'sent' };
    const text = (await response.text().catch(() => '')).slice(0, 200);
    const error = { at, status: response.status, message: `HTTP ${response.status}${text ? `: ${text}` : ''}` };
    return { kind: PAYLOAD_INVALID.has(response.status) ? 'invalid' : 'retry', error };
  } catch (error) {
    return { kind: 'retry', error: { at, message: `network: ${(error as Error).message}` } };
  }
}

async function settle(db: OpsDatabase, ids: string[], outcome: Outcome, sentAt: string): Promise<void> {
  const tx = db.transaction(['outbox', 'meta'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const meta = tx.objectStore('meta');
  if (outcome.kind === 'retry') {
    for (const id of ids) {
      const item = await outbox.get(id);
      if (item) await outbox.put({ ...item, lastError: outcome.error.message });
    }
  } else {
    for (const id of ids) await outbox.delete(id);
  }
  if (outcome.kind === 'sent') await meta.put(sentAt, 'lastDeliveredAt');
  else await meta.put(outcome.error, 'lastDeliveryError');
  if (outcome.kind === 'invalid') await bumpCounter(meta, 'droppedInvalid', ids.length);
  await tx.done;
}

export async function deliverOutbox(db: OpsDatabase, settings: SyncSettings, deps: DeliveryDeps): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, dropped: 0, failed: 0 };
  if (!settings.url) return { ...result, skipped: 'no_endpoint' };
  const anonymousId = await ensureInstallId(db);
  for (let i = 0; i < (deps.maxBatches ?? 10); i++) {
    const items = await claimDue(db, deps.now().getTime(), deps.batchSize ?? 100, deps.rand, deps.force);
    if (items.length === 0) break;
    const outcome = await post(settings, toSegmentBatch(items, anonymousId, deps.now()), deps);
    await settle(db, items.map((item) => item.id), outcome, deps.now().toISOString());
    if (outcome.kind === 'sent') result.sent += items.length;
    else if (outcome.kind === 'invalid') result.dropped += items.length;
    else {
      result.failed += items.length;
      break;
    }
  }
  return result;
}
