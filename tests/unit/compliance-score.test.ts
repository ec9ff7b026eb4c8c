/** Template compliance: detecting the source template from headings and scoring what is left of it. */
import { describe, expect, it } from 'vitest';
import { checkCompliance, detectTemplate, scoreCompliance, sectionId } from '@/utils/checklists/compliance';
import { withRequiredSections } from '@/utils/render/sections';
import { builtinTemplates as builtins } from '@/utils/templates';
import { decisionRecord as rawDecisionRecord } from '@/utils/templates/decision-record';
import { releaseNotes as rawReleaseNotes } from '@/utils/templates/release-notes';

// As the background hands them to content scripts (getTemplates).
const builtinTemplates = builtins.map(withRequiredSections);
const decisionRecord = withRequiredSections(rawDecisionRecord);
const releaseNotes = withRequiredSections(rawReleaseNotes);

describe('detectTemplate', () => {
  it('finds the decision record with one section deleted, headings in any case and spacing', () => {
    expect(detectTemplate(builtinTemplates, ['context', '  Options ', 'Decision:', 'DACI'])?.id).toBe('decision-record');
  });

  it('does not claim a page that shares one or a minority of headings', () => {
    expect(detectTemplate(builtinTemplates, ['Goals', 'Milestones', 'Risks'])).toBeNull();
    expect(detectTemplate(builtinTemplates, ['Summary', 'Timeline'])).toBeNull();
  });

  it('prefers the template with the larger share of its headings present', () => {
    const postmortem = ['Summary', 'Impact', 'Timeline', 'Root cause', 'Detection and response', 'What went well', 'What went badly', 'Action items', 'Lessons learned'];
    expect(detectTemplate(builtinTemplates, postmortem)?.id).toBe('incident-postmortem');
  });

  it('matches a filled placeholder heading ("Release {{version}} · {{releaseDate}}")', () => {
    expect(detectTemplate(builtinTemplates, ['Release 2.4 · 2025-06-01', 'New', 'Fixed'])?.id).toBe('release-notes');
  });
});

describe('scoreCompliance', () => {
  it('scores headings present plus a placeholder check, and names the missing section by id', () => {
    const result = scoreCompliance(decisionRecord, { headings: ['Context', 'Options', 'Decision', 'DACI'], text: 'all filled' });
    expect(result.score).toBe(0.83); // 4 of 5 headings + no placeholders = 5 of 6
    expect(result.sections.filter((s) => !s.present).map((s) => s.id)).toEqual(['consequences']);
    expect(result.placeholders).toBe(0);
  });

  it('counts unfilled placeholders against the score', () => {
    const headings = ['Context', 'Options', 'Decision', 'Consequences', 'DACI'];
    expect(scoreCompliance(decisionRecord, { headings, text: 'Driver {{driver}}' })).toMatchObject({ score: 0.83, placeholders: 1 });
    expect(scoreCompliance(decisionRecord, { headings, text: 'Driver: Pat' }).score).toBe(1);
  });

  it('section ids are event-safe slugs, placeholders stripped', () => {
    expect(sectionId('Release {{version}} · {{releaseDate}}', 0)).toBe('release');
    expect(sectionId("Last retro's action items", 1)).toBe('last-retro-s-action-items');
    expect(sectionId('{{x}}', 4)).toBe('section-5');
    expect(scoreCompliance(releaseNotes, { headings: [], text: '' }).sections.every((s) => /^[\w.:@/-]+$/.test(s.id))).toBe(true);
  });

  it('checkCompliance returns null for a page not built from a template', () => {
    expect(checkCompliance(builtinTemplates, { headings: ['Notes'], text: '' })).toBeNull();
  });
});
