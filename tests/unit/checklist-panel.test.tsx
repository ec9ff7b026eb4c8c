/** The panel's public contract: region "Checklists", checkboxes named exactly by item text, callbacks out. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistPanel } from '@/components/checklists/ChecklistPanel';
import { initialPanelState, type PanelState } from '@/utils/checklists/panel-state';
import { definitionOfDone } from '@/utils/templates/definition-of-done';
import { definitionOfReady } from '@/utils/templates/definition-of-ready';
import { launchReadiness } from '@/utils/templates/launch-readiness';

afterEach(cleanup);

const state = (patch: Partial<PanelState> = {}): PanelState => ({
  ...initialPanelState,
  status: 'ready',
  cards: [{ checklist: definitionOfReady, ticks: { 'user-value': true }, saving: [], saved: true }],
  addable: [definitionOfDone, launchReadiness],
  ...patch,
});
const actions = () => ({ onToggle: vi.fn(), onAdd: vi.fn(), onInsert: vi.fn(), onExpandedChange: vi.fn() });

describe('ChecklistPanel', () => {
  it('is a region named "Checklists" whose checkboxes are named by the item text alone', () => {
    render(<ChecklistPanel state={state()} actions={actions()} />);
    expect(screen.getByRole('region', { name: 'Checklists' })).toBeTruthy();
    const item = screen.getByRole('checkbox', { name: 'Who benefits and why is written in the story' }) as HTMLInputElement;
    expect(item.checked).toBe(true);
    // Mandatory is a description, so the name stays the item text.
    expect(document.getElementById(item.getAttribute('aria-describedby')!)?.textContent).toContain('(required)');
    const optional = screen.getByRole('checkbox', { name: 'Out of scope is written down' });
    expect(optional.getAttribute('aria-describedby')).toBeNull();
    expect(screen.getByText('1 of 8')).toBeTruthy();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Saved');
  });

  it('shows help on demand', () => {
    render(<ChecklistPanel state={state()} actions={actions()} />);
    const toggle = screen.getByRole('button', { name: 'Help: The team has estimated it and it fits in one sprint' });
    const help = screen.getByText('If not, split it before planning.');
    expect(help.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(help.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('sends toggles, add and insert out as callbacks', () => {
    const spy = actions();
    render(<ChecklistPanel state={state()} actions={spy} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Out of scope is written down' }));
    expect(spy.onToggle).toHaveBeenCalledWith('definition-of-ready', 'out-of-scope', true);
    fireEvent.change(screen.getByLabelText('Add checklist'), { target: { value: 'launch-readiness' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(spy.onAdd).toHaveBeenCalledWith('launch-readiness');
    fireEvent.click(screen.getByRole('button', { name: 'Insert as task list' }));
    expect(spy.onInsert).toHaveBeenCalledWith('definition-of-ready');
  });

  it('collapses, and says so when nothing applies', () => {
    const spy = actions();
    render(<ChecklistPanel state={state({ cards: [], expanded: false })} actions={spy} />);
    const toggle = screen.getByRole('button', { name: 'Show' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(spy.onExpandedChange).toHaveBeenCalledWith(true);
    expect(screen.getByText('No checklist applies here yet. Add one below.')).toBeTruthy();
  });
});
