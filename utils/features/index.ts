import { checklistPanel } from './checklist-panel';
import { dorGate } from './dor-gate';
import { templateButton } from './template-button';
import { templateSuggest } from './template-suggest';
import type { Feature } from './types';

/** Every in-page feature; the convention test checks each id matches its file name and the README. */
export const features: readonly Feature[] = [templateButton, templateSuggest, checklistPanel, dorGate];
