import { useRef, useState } from 'preact/hooks';
import type { FeedbackQuestion } from '@/utils/schemas/feedback';
import { scales } from './scales';

interface Props {
  /** The service id, for element ids. */
  id: string;
  /** The group's accessible name: the service's name. */
  name: string;
  question: FeedbackQuestion;
  value: number | null;
  /** Read-only once the undo window is over: clicks are ignored, focus still works. */
  locked?: boolean;
  onRate(score: number): void;
}

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A radiogroup whose selection is the rating itself, so arrow keys only move focus (roving
 * tabindex) and Space/Enter or a click choose: arrowing across a 0–10 scale must not store ten ratings.
 */
export function RatingControl({ id, name, question, value, locked = false, onRate }: Props) {
  const scale = scales[question];
  const group = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const tabbable = focused ?? (scale.options.some((o) => o.score === value) ? value : scale.options[0]!.score);

  const onKeyDown = (event: KeyboardEvent) => {
    const radios = [...(group.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]') ?? [])];
    // The event target, not document.activeElement: inside a shadow root that is only the host.
    const at = radios.indexOf(event.target as HTMLButtonElement);
    let to: number | undefined;
    if (event.key in NEXT) to = (at + NEXT[event.key]! + radios.length) % radios.length;
    if (event.key === 'Home') to = 0;
    if (event.key === 'End') to = radios.length - 1;
    if (to === undefined) return;
    event.preventDefault();
    setFocused(scale.options[to]!.score);
    radios[to]!.focus();
  };

  const endsId = `${id}-ends`;
  return (
    <div class="rating">
      <div
        ref={group}
        role="radiogroup"
        aria-label={name}
        aria-describedby={scale.ends ? endsId : undefined}
        aria-disabled={locked || undefined}
        class={`rating-scale rating-${question}`}
        onKeyDown={onKeyDown}
      >
        {scale.options.map((option) => (
          <button
            key={option.score}
            type="button"
            role="radio"
            aria-checked={value === option.score}
            aria-label={option.glyph ? option.label : undefined}
            tabIndex={option.score === tabbable ? 0 : -1}
            class="rating-option"
            onFocus={() => setFocused(option.score)}
            onClick={() => {
              if (!locked && value !== option.score) onRate(option.score);
            }}
          >
            {option.glyph ?? option.label}
          </button>
        ))}
      </div>
      {scale.ends && (
        <div id={endsId} class="rating-ends">
          <span>{scale.ends.low}</span>
          <span class="visually-hidden"> to </span>
          <span>{scale.ends.high}</span>
        </div>
      )}
    </div>
  );
}
