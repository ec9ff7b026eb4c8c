/** One queued Segment `track` call. Only our own code writes these, so they are not re-parsed. */
export interface OutboxItem {
  /** Stable: becomes Segment's messageId, so a redelivery after a crash is de-duplicated there. */
  id: string;
  event: string;
  properties: Record<string, unknown>;
  /** When it happened (ISO), not when it is sent. */
  timestamp: string;
  attempts: number;
  /** Epoch ms; the claim step moves it forward before sending. */
  nextAttemptAt: number;
  lastError?: string;
}

export function newOutboxItem(id: string, event: string, properties: Record<string, unknown>, timestamp: string, now: number): OutboxItem {
  return { id, event, properties, timestamp, attempts: 0, nextAttemptAt: now };
}
