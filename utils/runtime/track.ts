import type { UsageEvent } from '@/utils/schemas/events';
import { sendWithRetry } from './send-queue';

let batch: UsageEvent[] = [];

function flush() {
  const events = batch;
  batch = [];
  // Usage metrics must never break the page: a failure here is logged, not thrown.
  sendWithRetry('trackEvents', events).catch((error: unknown) =>
    console.warn('[Product Ops Kit] usage events not recorded:', (error as Error).message),
  );
}

/** Records a usage event from a content script; events of one task travel as one message. */
export function trackFromPage(event: UsageEvent): void {
  batch.push(event);
  if (batch.length === 1) setTimeout(flush, 0);
}
