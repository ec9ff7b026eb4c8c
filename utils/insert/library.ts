import type { Template } from '@/utils/schemas/template';
import { sendWithRetry } from '@/utils/runtime/send-queue';

/** Several features ask at page start and the picker asks on click; one answer serves them for a minute. */
const FRESH_MS = 60_000;
let cached: { at: number; templates: Promise<readonly Template[]> } | undefined;

async function fetchLibrary(): Promise<readonly Template[]> {
  try {
    return await sendWithRetry('getTemplates', undefined);
  } catch (error) {
    cached = undefined;
    console.warn('[Product Ops Kit] could not load the template library', error);
    return [];
  }
}

/**
 * The templates a PM can insert here: the background's merged library (utils/library/library.ts), with required
 * sections resolved. Without the background nothing can be inserted anyway (the picker is injected by it too).
 */
export function loadLibrary(): Promise<readonly Template[]> {
  if (!cached || performance.now() - cached.at > FRESH_MS) cached = { at: performance.now(), templates: fetchLibrary() };
  return cached.templates;
}
