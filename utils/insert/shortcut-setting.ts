import { storage } from '#imports';
import { z } from 'zod/mini';
import { onMessage } from '@/utils/messaging';
import { parseOrThrow } from '@/utils/schemas/parse';
import { pickerShortcutSchema } from '@/utils/schemas/shortcut';
import { DEFAULT_SHORTCUT } from './shortcut';

const shortcutItem = storage.defineItem<string>('local:pickerShortcut', { fallback: DEFAULT_SHORTCUT });
const saveInput = z.strictObject({ shortcut: pickerShortcutSchema });
const noPayload = z.optional(z.undefined());

async function readShortcut(): Promise<string> {
  const parsed = pickerShortcutSchema.safeParse(await shortcutItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SHORTCUT;
}

/** The picker's in-page shortcut; the manifest command's key is set in the browser's own shortcut settings. */
export function registerShortcutHandlers(): void {
  onMessage('getPickerShortcut', ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return readShortcut();
  });
  onMessage('savePickerShortcut', async ({ data }) => {
    const { shortcut } = parseOrThrow(saveInput, data, 'input');
    await shortcutItem.setValue(shortcut);
    return shortcut;
  });
}
