/** Segment HTTP tracking API, batch endpoint: https://segment.com/docs/connections/sources/catalog/libraries/server/http-api/#batch */
import type { OutboxItem } from './item';

export interface SegmentTrack {
  type: 'track';
  event: string;
  properties: Record<string, unknown>;
  timestamp: string;
  messageId: string;
  anonymousId: string;
}

export function toSegmentBatch(items: readonly OutboxItem[], anonymousId: string, sentAt: Date) {
  const batch: SegmentTrack[] = items.map((item) => ({
    type: 'track',
    event: item.event,
    properties: item.properties,
    timestamp: item.timestamp,
    messageId: item.id,
    anonymousId,
  }));
  return { batch, sentAt: sentAt.toISOString() };
}

export const batchUrl = (endpoint: string): string => `${endpoint.replace(/\/+$/, '')}/v1/batch`;

/** Segment's scheme: the write key is the Basic-auth user name, the password is empty. */
export const basicAuth = (writeKey: string): string => `Basic ${btoa(`${writeKey}:`)}`;
