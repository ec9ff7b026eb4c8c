/**
 * The popup's undo window: a second click within CHANGE_WINDOW_MS replaces the score of the rating
 * just stored, in the record, its event, its rollups and its (still held) outbox item, in one
 * transaction. Nothing is counted twice because nothing new is written.
 */
import type { OpsDatabase } from '../db';
import type { Clock } from '../metrics/clock';
import { EVENT_STORES, eventStores, touchRollups } from '../metrics/write-events';
import { scoreRange, updateFeedbackInputSchema } from '../schemas/feedback';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import type { Rollup } from '../schemas/usage';
import { CHANGE_HOLD_MS } from './change-window';

export { CHANGE_HOLD_MS };

function moveScore(rollup: Rollup, serviceId: string, templateId: string | undefined, from: number, to: number): void {
  const service = rollup.services[serviceId];
  if (!service) return;
  service.sum += to - from;
  const left = (service.dist[String(from)] ?? 0) - 1;
  if (left > 0) service.dist[String(from)] = left;
  else delete service.dist[String(from)];
  service.dist[String(to)] = (service.dist[String(to)] ?? 0) + 1;
  const template = templateId && service.question === 'ces' ? rollup.templates[templateId] : undefined;
  if (template) template.cesSum += to - from;
}

export async function updateFeedback(db: OpsDatabase, input: unknown, clock: Clock): Promise<{ id: string; score: number }> {
  const { feedbackId, score } = parseOrThrow(updateFeedbackInputSchema, input, 'update');
  const tx = db.transaction(['feedback', ...EVENT_STORES], 'readwrite');
  const fail = (problem: string) => {
    // Nothing was written, so aborting is harmless and keeps the error the caller sees.
    tx.abort();
    tx.done.catch(() => undefined);
    return new InvalidInputError([problem]);
  };
  const record = await tx.objectStore('feedback').get(feedbackId);
  if (!record) throw fail(`update.feedbackId: no rating with id ${feedbackId}`);
  const range = scoreRange[record.question];
  if (score < range.min || score > range.max) throw fail(`update.score: must be ${range.min}–${range.max} for a ${record.question} question`);
  const outboxItem = await tx.objectStore('outbox').get(feedbackId);
  const age = clock.now().getTime() - Date.parse(record.ts);
  if (age > CHANGE_HOLD_MS || !outboxItem || outboxItem.attempts > 0) {
    throw fail('update.feedbackId: the rating can no longer be changed (the undo window is over)');
  }
  if (score !== record.score) {
    const event = await tx.objectStore('events').get(feedbackId);
    if (event?.type === 'feedback_submitted') {
      await touchRollups(eventStores(tx), [{ dims: event, apply: (rollup) => moveScore(rollup, record.serviceId, record.templateId, record.score, score) }]);
      await tx.objectStore('events').put({ ...event, score });
    }
    await tx.objectStore('feedback').put({ ...record, score });
    await tx.objectStore('outbox').put({ ...outboxItem, properties: { ...outboxItem.properties, score } });
  }
  await tx.done;
  return { id: feedbackId, score };
}
