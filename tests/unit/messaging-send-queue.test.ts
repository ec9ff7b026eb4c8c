import { describe, expect, it, vi } from 'vitest';
import { createSendQueue, QueueFullError } from '@/utils/runtime/send-queue';

const noWorker = () => new Error('Could not establish connection. Receiving end does not exist.');

describe('sendWithRetry queue', () => {
  it('retries while the worker is not there, with exponential waits', async () => {
    const waits: number[] = [];
    const send = vi.fn().mockRejectedValueOnce(noWorker()).mockRejectedValueOnce(noWorker()).mockResolvedValue({ stored: 1 });
    const queue = createSendQueue({ send, wait: async (ms) => void waits.push(ms) });
    expect(await queue('trackEvents', [])).toEqual({ stored: 1 });
    expect(waits).toEqual([250, 500]);
  });

  it('retries when the worker was stopped while handling the message (Chromium wording)', async () => {
    const stopped = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    const send = vi.fn().mockRejectedValueOnce(stopped).mockResolvedValue({ stored: 1 });
    const queue = createSendQueue({ send, wait: async () => {} });
    expect(await queue('trackEvents', [])).toEqual({ stored: 1 });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not retry an error the handler answered with', async () => {
    const send = vi.fn().mockRejectedValue(new Error('events[0].ms: must be ≥ 0'));
    const queue = createSendQueue({ send, wait: async () => {} });
    await expect(queue('trackEvents', [])).rejects.toThrow('events[0].ms');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives up after maxAttempts', async () => {
    const send = vi.fn().mockRejectedValue(noWorker());
    const queue = createSendQueue({ send, maxAttempts: 3, wait: async () => {} });
    await expect(queue('trackEvents', [])).rejects.toThrow('Could not establish connection');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('bounds the number of waiting messages', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const send = vi.fn().mockRejectedValueOnce(noWorker()).mockRejectedValueOnce(noWorker()).mockResolvedValue('ok');
    const queue = createSendQueue({ send, maxQueued: 2, wait: () => gate });
    const first = queue('a', 1);
    const second = queue('b', 2);
    await expect(queue('c', 3)).rejects.toBeInstanceOf(QueueFullError);
    release();
    expect(await Promise.all([first, second])).toEqual(['ok', 'ok']);
    expect(await queue('d', 4)).toBe('ok');
  });
});
