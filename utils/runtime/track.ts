import type { UsageEvent } from '@/utils/schemas/events';
import { sendWithRetry } from './send-queue';

let batch: UsageEvent[] = [];

/** A v4 UUID. crypto.randomUUID needs a secure context, and self-hosted Jira may be served over plain http. */
function newBatchId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function flush() {
  const events = batch;
  batch = [];
  // Usage metrics must never break the page: a failure here is logged, not thrown. The batch id makes
  // the queue's resends (the worker stopped before it replied) safe to store.
  sendWithRetry('trackEvents', { batchId: newBatchId(), events }).catch((error: unknown) =>
    console.warn('[Product Ops Kit] usage events not recorded:', (error as Error).message),
  );
}

/** Records a usage event from a content script; events of one task travel as one message. */
export function trackFromPage(event: UsageEvent): void {
  batch.push(event);
  if (batch.length === 1) setTimeout(flush, 0);
}
