import type { Template } from '@/utils/schemas/template';
import { sendWithRetry } from '@/utils/runtime/send-queue';
import { builtinTemplates } from '@/utils/templates';

/** A click must open the picker promptly even if the worker is wedged; built-ins are the floor. */
const WORKER_TIMEOUT_MS = 3_000;

/** The templates a PM can insert here: the background's merged library (utils/library/library.ts). */
export async function loadLibrary(): Promise<readonly Template[]> {
  let timer: number | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = window.setTimeout(resolve, WORKER_TIMEOUT_MS)));
  try {
    const templates = await Promise.race([sendWithRetry('getTemplates', undefined), timeout]);
    if (templates) return templates;
    console.warn('[library] background did not answer; offering the built-in templates');
  } catch (error) {
    console.warn('[library] could not load the template library; offering the built-in templates', error);
  } finally {
    window.clearTimeout(timer);
  }
  return builtinTemplates;
}
