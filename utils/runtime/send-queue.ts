/**
 * Content-script side of messaging: the MV3 worker may be asleep or restarting, and a tracked
 * event must not be lost to that. Transport failures are retried with backoff through a bounded
 * queue; handler errors (bad payloads) are final and rejected straight away.
 */
import { sendMessage, type ProtocolMap } from '../messaging';
import { TRANSIENT_SEND_ERROR } from './send-errors';

export interface SendQueueOptions {
  send: (type: string, data: unknown) => Promise<unknown>;
  maxQueued?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  wait?: (ms: number) => Promise<void>;
}

export class QueueFullError extends Error {
  override name = 'QueueFullError';
}

export function createSendQueue(options: SendQueueOptions) {
  const maxQueued = options.maxQueued ?? 200;
  const maxAttempts = options.maxAttempts ?? 8;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let pending = 0;

  return async function send(type: string, data: unknown): Promise<unknown> {
    if (pending >= maxQueued) throw new QueueFullError(`send queue full (${maxQueued} pending); dropped ${type}`);
    pending++;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await options.send(type, data);
        } catch (error) {
          if (attempt >= maxAttempts || !TRANSIENT_SEND_ERROR.test((error as Error).message ?? '')) throw error;
          await wait(Math.min(30_000, baseDelayMs * 2 ** (attempt - 1)));
        }
      }
    } finally {
      pending--;
    }
  };
}

const defaultQueue = createSendQueue({ send: (type, data) => sendMessage(type as keyof ProtocolMap, data as never) });

/** Like sendMessage, but survives a sleeping or restarting service worker (up to 200 waiting). */
export function sendWithRetry<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  return defaultQueue(type, data) as Promise<ReturnType<ProtocolMap[K]>>;
}
