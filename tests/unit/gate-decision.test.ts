/** The soft Definition-of-Ready gate: when a transition deserves a warning (it never blocks). */
import { describe, expect, it } from 'vitest';
import { gateDecision, phaseOf } from '@/utils/checklists/gate';
import type { Checklist } from '@/utils/schemas/template';
import { definitionOfDone } from '@/utils/templates/definition-of-done';
import { definitionOfReady } from '@/utils/templates/definition-of-ready';

const allTicked = (checklist: Checklist) => Object.fromEntries(checklist.items.map((i) => [i.id, true]));
const mandatoryTicked = (checklist: Checklist) =>
  Object.fromEntries(checklist.items.filter((i) => i.mandatory).map((i) => [i.id, true]));

describe('phaseOf', () => {
  it.each([
    ['In Progress', 'forward'],
    ['Start progress', 'forward'],
    ['In Review', 'forward'],
    ['Done', 'finish'],
    ['Resolve Issue', 'finish'],
    ['Close', 'finish'],
    ['To Do', 'backward'],
    ['Reopen', 'backward'],
    ['Backlog', 'backward'],
  ])('%s → %s', (label, phase) => expect(phaseOf(label)).toBe(phase));
});

describe('gateDecision', () => {
  const dor = { checklist: definitionOfReady, ticks: {} };
  const dod = { checklist: definitionOfDone, ticks: {} };

  it('warns on a forward move with mandatory DoR items open, listing only those items', () => {
    const warning = gateDecision('In Progress', [{ checklist: definitionOfReady, ticks: { 'user-value': true } }, dod], []);
    expect(warning?.open.map((o) => o.checklist.id)).toEqual(['definition-of-ready']);
    expect(warning?.open[0]?.items.map((i) => i.id)).toEqual(['acceptance-criteria', 'estimated', 'dependencies', 'po-approved']);
  });

  it('does not warn when every mandatory item is ticked, even with optional ones open', () => {
    expect(gateDecision('In Progress', [{ checklist: definitionOfReady, ticks: mandatoryTicked(definitionOfReady) }, dod], [])).toBeNull();
  });

  it('Definition of Done speaks up only on a move to a done-like status', () => {
    const ready = { checklist: definitionOfReady, ticks: allTicked(definitionOfReady) };
    expect(gateDecision('In Progress', [ready, dod], [])).toBeNull();
    expect(gateDecision('Done', [ready, dod], [])?.open.map((o) => o.checklist.id)).toEqual(['definition-of-done']);
  });

  it('warns about unfilled placeholders with no checklist at all', () => {
    expect(gateDecision('In Progress', [], ['environment'])).toEqual({ open: [], placeholders: ['environment'] });
  });

  it('never warns on a move back', () => {
    expect(gateDecision('To Do', [dor, dod], ['x'])).toBeNull();
  });
});
