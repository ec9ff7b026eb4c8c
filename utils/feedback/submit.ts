/**
 * A rating is written (feedback record + its usage event + an outbox item) in one transaction
 * before the UI hears "OK"; delivery happens later and may retry for days.
 */
import type { OpsDatabase } from '../db';
import { newOutboxItem } from '../outbox/item';
import type { StoredEvent } from '../schemas/events';
import { scoreRange, submitCommentInputSchema, submitFeedbackInputSchema, type FeedbackRecord, type Service } from '../schemas/feedback';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import type { Clock } from '../metrics/clock';
import { pruneOldestEvents, withQuotaRetry } from '../metrics/quota';
import { EVENT_STORES, eventStores, writeEvents } from '../metrics/write-events';

/**
 * `holdMs` keeps the rating out of delivery while the popup still lets the user change it
 * (updateFeedback), so a changed score is sent once instead of sent and then corrected.
 */
export async function submitFeedback(
  db: OpsDatabase,
  input: unknown,
  services: readonly Service[],
  clock: Clock,
  options: { holdMs?: number } = {},
): Promise<{ id: string }> {
  const data = parseOrThrow(submitFeedbackInputSchema, input, 'feedback');
  const service = services.find((s) => s.id === data.serviceId && s.active);
  if (!service) throw new InvalidInputError([`feedback.serviceId: no active service "${data.serviceId}"`]);
  const range = scoreRange[service.question];
  if (data.score < range.min || data.score > range.max) {
    throw new InvalidInputError([`feedback.score: must be ${range.min}–${range.max} for a ${service.question} question`]);
  }
  const now = clock.now();
  const ts = now.toISOString();
  const { site, project, ...fields } = data;
  const record: FeedbackRecord = { id: clock.newId(), question: service.question, ts, ...fields };
  // The event shares the rating's id so a change within the undo window finds it directly.
  const event: StoredEvent = {
    type: 'feedback_submitted',
    id: record.id,
    ts,
    serviceId: service.id,
    question: service.question,
    score: data.score,
    ...(site && { site }),
    ...(project && { project }),
    ...(data.templateId && { templateId: data.templateId }),
    ...(data.templateVersion && { templateVersion: data.templateVersion }),
  };
  const { id: _id, ts: _ts, ...properties } = record;
  const commit = async () => {
    const tx = db.transaction(['feedback', ...EVENT_STORES], 'readwrite');
    const stores = eventStores(tx);
    await Promise.all([
      tx.objectStore('feedback').put(record),
      // The outbox copy is the rating itself (with comment/page when given), so the usage copy is not queued.
      stores.outbox.put(newOutboxItem(record.id, 'feedback_submitted', properties, ts, now.getTime() + (options.holdMs ?? 0))),
      writeEvents(stores, [event], { enqueueUsage: false, nowMs: now.getTime() }),
      tx.done,
    ]);
  };
  await withQuotaRetry(commit, () => pruneOldestEvents(db));
  return { id: record.id };
}

/** "Anything else?" after a rating: stored on the record and sent as its own message. */
export async function submitComment(db: OpsDatabase, input: unknown, clock: Clock): Promise<{ id: string }> {
  const { feedbackId, comment, pageUrl } = parseOrThrow(submitCommentInputSchema, input, 'comment');
  const commit = async () => {
    const tx = db.transaction(['feedback', 'outbox'], 'readwrite');
    const record = await tx.objectStore('feedback').get(feedbackId);
    // Nothing was written yet, so throwing lets the empty transaction commit harmlessly.
    if (!record) throw new InvalidInputError([`comment.feedbackId: no rating with id ${feedbackId}`]);
    const now = clock.now();
    const messageId = clock.newId();
    await Promise.all([
      tx.objectStore('feedback').put({ ...record, comment, ...(pageUrl && { pageUrl }) }),
      tx.objectStore('outbox').put(
        newOutboxItem(
          messageId,
          'feedback_commented',
          { feedbackId, serviceId: record.serviceId, comment, ...(pageUrl && { pageUrl }) },
          now.toISOString(),
          now.getTime(),
        ),
      ),
      tx.done,
    ]);
    return { id: messageId };
  };
  return withQuotaRetry(commit, () => pruneOldestEvents(db));
}
