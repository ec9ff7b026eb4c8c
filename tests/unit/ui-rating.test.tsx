import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RatingControl } from '@/components/rating/RatingControl';
import { ServiceRating } from '@/components/popup/ServiceRating';
import type { Service } from '@/utils/schemas/feedback';

afterEach(cleanup);

const service = (question: Service['question'], name = 'Templates'): Service => ({ id: 'templates', name, description: '', question, active: true });

function callbacks() {
  return {
    onSubmit: vi.fn(async () => ({ id: 'f-1' })),
    onChange: vi.fn(async () => ({})),
    onComment: vi.fn(async () => ({})),
  };
}

describe('RatingControl', () => {
  it.each([
    ['ces', ['1', '2', '3', '4', '5', '6', '7'], 'Very difficult', 'Very easy'],
    ['csat', ['1', '2', '3', '4', '5'], 'Very unsatisfied', 'Very satisfied'],
    ['nps', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], 'Not at all likely', 'Extremely likely'],
  ] as const)('%s: a radiogroup named by the service, radios named by value, both ends labelled', (question, names, low, high) => {
    render(<RatingControl id="t" name="Research ops" question={question} value={null} onRate={() => {}} />);
    const group = screen.getByRole('radiogroup', { name: 'Research ops' });
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('aria-label') ?? r.textContent)).toEqual(names);
    expect(group.getAttribute('aria-describedby')).toBe('t-ends');
    expect(document.getElementById('t-ends')!.textContent).toBe(`${low} to ${high}`);
  });

  it('thumbs radios are named "Thumbs up" / "Thumbs down"', () => {
    render(<RatingControl id="t" name="Support" question="thumbs" value={null} onRate={() => {}} />);
    expect(screen.getByRole('radio', { name: 'Thumbs up' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Thumbs down' })).toBeTruthy();
  });

  it('arrow keys move focus only (roving tabindex); Enter/click rates once', () => {
    const onRate = vi.fn();
    render(<RatingControl id="t" name="Templates" question="csat" value={null} onRate={onRate} />);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    radios[0]!.focus();
    fireEvent.keyDown(radios[0]!, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(radios[2]);
    expect(radios.map((r) => r.tabIndex)).toEqual([-1, -1, 0, -1, -1]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(radios[4]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(radios[0]);
    expect(onRate).not.toHaveBeenCalled();
    fireEvent.click(radios[3]!);
    expect(onRate).toHaveBeenCalledExactlyOnceWith(4);
  });
});

describe('ServiceRating', () => {
  it('one click stores the rating and confirms only after the background answers', async () => {
    const cb = callbacks();
    let resolve!: (v: { id: string }) => void;
    cb.onSubmit.mockImplementationOnce(() => new Promise((r) => (resolve = r)));
    render(<ServiceRating service={service('ces')} pageAvailable windowMs={10_000} {...cb} />);
    fireEvent.click(screen.getByRole('radio', { name: '6' }));
    expect(cb.onSubmit).toHaveBeenCalledExactlyOnceWith('templates', 6);
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    expect(screen.queryByRole('button', { name: 'Send comment' })).toBeNull();
    resolve({ id: 'f-1' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved: 6\./));
    expect(screen.getByRole('radio', { name: '6' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('button', { name: 'Send comment' })).toBeTruthy();
  });

  it('a second click within the window changes the rating; after it, clicks are ignored', async () => {
    vi.useFakeTimers();
    try {
      const cb = callbacks();
      render(<ServiceRating service={service('csat')} pageAvailable={false} windowMs={10_000} {...cb} />);
      fireEvent.click(screen.getByRole('radio', { name: '2' }));
      await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved: 2/));
      fireEvent.click(screen.getByRole('radio', { name: '4' }));
      await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Changed to 4/));
      expect(cb.onChange).toHaveBeenCalledExactlyOnceWith('f-1', 4);
      await vi.advanceTimersByTimeAsync(10_001);
      expect(screen.getByRole('status').textContent).toBe('Thanks! Your rating (4) is recorded.');
      fireEvent.click(screen.getByRole('radio', { name: '5' }));
      expect(cb.onSubmit).toHaveBeenCalledTimes(1);
      expect(cb.onChange).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('radiogroup', { name: 'Templates' }).getAttribute('aria-disabled')).toBe('true');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a failed save as an alert and stores nothing twice', async () => {
    const cb = callbacks();
    cb.onSubmit.mockRejectedValueOnce(new Error('feedback.serviceId: no active service'));
    render(<ServiceRating service={service('thumbs')} pageAvailable windowMs={10_000} {...cb} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Thumbs up' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Rating not saved: feedback.serviceId: no active service'));
    expect(screen.getByRole('radio', { name: 'Thumbs up' }).getAttribute('aria-checked')).toBe('false');
  });

  it('sends the comment with the page only when "Include this page" is ticked', async () => {
    const cb = callbacks();
    render(<ServiceRating service={service('ces')} pageAvailable windowMs={10_000} {...cb} />);
    fireEvent.click(screen.getByRole('radio', { name: '7' }));
    const box = await screen.findByLabelText('Anything to add? (optional)');
    fireEvent.input(box, { target: { value: '  Loved the DoR checklist ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send comment' }));
    await waitFor(() => expect(screen.getByText('Comment saved. Thank you!')).toBeTruthy());
    expect(cb.onComment).toHaveBeenCalledExactlyOnceWith('f-1', 'Loved the DoR checklist', true);
  });
});
