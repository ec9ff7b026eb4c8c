import type { Template } from '@/utils/schemas/template';
import { sendWithRetry } from '@/utils/runtime/send-queue';

/**
 * The templates a PM can insert here: the background's merged library (utils/library/library.ts), with required
 * sections resolved. Without the background nothing can be inserted anyway (the picker is injected by it too).
 */
export async function loadLibrary(): Promise<readonly Template[]> {
  try {
    return await sendWithRetry('getTemplates', undefined);
  } catch (error) {
    console.warn('[Product Ops Kit] could not load the template library', error);
    return [];
  }
}
