/** The built-in library: one data file per template, validated by tests/unit/template-builtins.test.ts. */
import type { Template } from '../schemas/template';
import { bugReport } from './bug-report';
import { decisionRecord } from './decision-record';
import { definitionOfDone } from './definition-of-done';
import { definitionOfReady } from './definition-of-ready';
import { epicBrief } from './epic-brief';
import { incidentPostmortem } from './incident-postmortem';
import { launchReadiness } from './launch-readiness';
import { productRequirements } from './product-requirements';
import { releaseNotes } from './release-notes';
import { retrospective } from './retrospective';
import { userStory } from './user-story';

export const builtinTemplates: readonly Template[] = [
  userStory,
  bugReport,
  epicBrief,
  productRequirements,
  decisionRecord,
  releaseNotes,
  retrospective,
  incidentPostmortem,
  definitionOfReady,
  definitionOfDone,
  launchReadiness,
];
