import { useEffect, useState } from 'preact/hooks';
import type { Service } from '@/utils/schemas/feedback';
import { CommentForm } from './CommentForm';
import { RatingControl } from '@/components/rating/RatingControl';
import { scoreLabel } from '@/components/rating/scales';

export interface RatingCallbacks {
  /** Resolves once the background has committed the rating. */
  onSubmit(serviceId: string, score: number): Promise<{ id: string }>;
  onChange(feedbackId: string, score: number): Promise<unknown>;
  onComment(feedbackId: string, comment: string, includePage: boolean): Promise<unknown>;
}

interface Props extends RatingCallbacks {
  service: Service;
  pageAvailable: boolean;
  /** How long a second click replaces the rating instead of being ignored. */
  windowMs: number;
}

type State =
  | { kind: 'idle' }
  | { kind: 'saving'; score: number }
  | { kind: 'saved'; id: string; score: number; open: boolean; changed: boolean }
  | { kind: 'error'; message: string; saved?: { id: string; score: number } };

export function ServiceRating({ service, pageAvailable, windowMs, onSubmit, onChange, onComment }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const savedId = state.kind === 'saved' ? state.id : undefined;

  useEffect(() => {
    if (!savedId) return;
    const timer = setTimeout(() => setState((s) => (s.kind === 'saved' ? { ...s, open: false } : s)), windowMs);
    return () => clearTimeout(timer);
  }, [savedId, windowMs]);

  const rate = async (score: number) => {
    // A failed change leaves the first rating stored: never turn a retry into a second rating.
    if (state.kind === 'saving' || (state.kind === 'error' && state.saved)) return;
    if (state.kind === 'saved') {
      if (!state.open) return;
      const previous = state;
      setState({ ...state, score });
      try {
        await onChange(state.id, score);
        setState({ ...previous, score, changed: true });
      } catch (error) {
        setState({ kind: 'error', message: (error as Error).message, saved: previous });
      }
      return;
    }
    setState({ kind: 'saving', score });
    try {
      const { id } = await onSubmit(service.id, score);
      setState({ kind: 'saved', id, score, open: true, changed: false });
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  };

  const saved = state.kind === 'saved' ? state : state.kind === 'error' ? state.saved : undefined;
  const value = state.kind === 'saving' ? state.score : saved?.score ?? null;
  const groupId = `svc-${service.id.replace(/[^\w-]/g, '-')}`;
  return (
    <section class="service" aria-labelledby={`${groupId}-name`}>
      <h2 id={`${groupId}-name`} class="service-name">{service.name}</h2>
      {service.description && <p class="service-question">{service.description}</p>}
      <RatingControl
        id={groupId}
        name={service.name}
        question={service.question}
        value={value}
        locked={(state.kind === 'saved' && !state.open) || (state.kind === 'error' && !!state.saved)}
        onRate={(score) => void rate(score)}
      />
      <p class="status" role="status">
        {state.kind === 'saving' && 'Saving…'}
        {state.kind === 'saved' && state.open && (
          <>
            {state.changed ? 'Changed to' : 'Saved:'} {scoreLabel(service.question, state.score)}. You can change it for a few seconds.
            <span class="undo-bar" aria-hidden="true" style={{ animationDuration: `${windowMs}ms` }} />
          </>
        )}
        {state.kind === 'saved' && !state.open && `Thanks! Your rating (${scoreLabel(service.question, state.score)}) is recorded.`}
      </p>
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {state.saved ? 'Could not change the rating' : 'Rating not saved'}: {state.message}
        </p>
      )}
      {saved && <CommentForm id={groupId} pageAvailable={pageAvailable} onSend={(text, page) => onComment(saved.id, text, page)} />}
    </section>
  );
}
