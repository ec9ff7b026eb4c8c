import { z } from 'zod/mini';
import { addDcOrigin, listDcOrigins, removeDcOrigin, syncDcRegistrations } from './store';
import { onMessage } from '@/utils/messaging';
import { parseOrThrow } from '@/utils/schemas/parse';
import { dcOriginSchema } from './origin-pattern';

const originInput = z.strictObject({ origin: dcOriginSchema });
const noPayload = z.optional(z.undefined());

/** Self-hosted origins: the options page asks for the permission, the background registers the script. */
export function registerDcOriginHandlers(policyOrigins: () => Promise<readonly string[]>): void {
  onMessage('getDcOrigins', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return listDcOrigins(await policyOrigins());
  });
  onMessage('addDcOrigin', async ({ data }) => addDcOrigin(parseOrThrow(originInput, data, 'input').origin));
  onMessage('removeDcOrigin', async ({ data }) => {
    await removeDcOrigin(parseOrThrow(originInput, data, 'input').origin);
    return { removed: true as const };
  });
  const sync = () => policyOrigins().then(syncDcRegistrations);
  browser.runtime.onStartup.addListener(() => void sync());
  browser.runtime.onInstalled.addListener(() => void sync());
}
