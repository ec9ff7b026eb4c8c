import { storage } from '#imports';
import { z } from 'zod/mini';
import { onMessage } from '@/utils/messaging';
import { parseOrThrow } from '@/utils/schemas/parse';

/** Projects or spaces where the PM said "don't suggest templates"; never shown there again. */
const dismissedItem = storage.defineItem<string[]>('local:suggestDismissed', { fallback: [] });
const dismissedSchema = z.array(z.string());
const scopeInput = z.strictObject({ scope: z.string().check(z.minLength(1), z.maxLength(200)) });

async function readDismissed(): Promise<string[]> {
  const parsed = dismissedSchema.safeParse(await dismissedItem.getValue());
  return parsed.success ? parsed.data : [];
}

export function registerSuggestionHandlers(): void {
  onMessage('isSuggestionDismissed', async ({ data }) =>
    (await readDismissed()).includes(parseOrThrow(scopeInput, data, 'input').scope),
  );
  onMessage('dismissSuggestion', async ({ data }) => {
    const { scope } = parseOrThrow(scopeInput, data, 'input');
    const dismissed = await readDismissed();
    if (!dismissed.includes(scope)) await dismissedItem.setValue([...dismissed, scope]);
    return { dismissed: true as const };
  });
}
