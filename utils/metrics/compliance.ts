/**
 * Template compliance per Jira issue / Confluence page. A page is scored on every view, but counts
 * once: the background keeps each page's last check, records nothing when the result is unchanged,
 * and when it changed moves the page's share of the rollups from the old check to the new one. A
 * template's compliance is then the average over its pages as they are now.
 */
import type { OpsDatabase, StoredComplianceCheck } from '../db';
import { recordComplianceInputSchema } from '../schemas/checklist-state';
import type { ComplianceCheck } from '../schemas/events';
import { parseOrThrow } from '../schemas/parse';
import type { Rollup } from '../schemas/usage';
import type { Clock } from './clock';
import { pruneOldestEvents, withQuotaRetry } from './quota';
import { stampEvents } from './record';
import { withdrawCompliance } from './rollup';
import { EVENT_STORES, eventStores, writeEvents } from './write-events';

const resultOf = (c: ComplianceCheck) => JSON.stringify([c.templateId, c.version, c.score, [...c.missing].sort(), c.site ?? null, c.project ?? null]);

export async function recordCompliance(db: OpsDatabase, input: unknown, clock: Clock, enqueueUsage: boolean): Promise<{ recorded: boolean }> {
  const { origin, objectKey, check } = parseOrThrow(recordComplianceInputSchema, input, 'compliance');
  const commit = async () => {
    const tx = db.transaction(['complianceSeen', ...EVENT_STORES], 'readwrite');
    const seen = tx.objectStore('complianceSeen');
    const previous = (await seen.get([origin, objectKey]))?.last;
    if (previous && resultOf(previous) === resultOf(check)) {
      await tx.done;
      return false;
    }
    const [event] = stampEvents([check], clock) as [StoredComplianceCheck];
    const touches = previous ? [{ dims: previous, apply: (rollup: Rollup) => withdrawCompliance(rollup, previous) }] : [];
    await Promise.all([
      seen.put({ origin, objectKey, last: event }),
      writeEvents(eventStores(tx), [event], { enqueueUsage, nowMs: clock.now().getTime(), touches }),
      tx.done,
    ]);
    return true;
  };
  return { recorded: await withQuotaRetry(commit, () => pruneOldestEvents(db)) };
}
