import type { Template } from '@/utils/schemas/template';
import { builtinTemplates } from '@/utils/templates';

/** The templates a PM can insert here. */
export async function loadLibrary(): Promise<readonly Template[]> {
  return builtinTemplates;
}
