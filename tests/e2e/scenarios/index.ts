/** Every shared scenario, in matrix row order. */
import { checklistScenarios } from './checklists';
import { extensionPageScenarios } from './extension-pages';
import { insertionScenarios } from './insertion';
import type { Scenario } from './types';

export const scenarios: Scenario[] = [...insertionScenarios, ...checklistScenarios, ...extensionPageScenarios];
