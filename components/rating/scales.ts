import type { FeedbackQuestion } from '@/utils/schemas/feedback';

export interface ScaleOption {
  score: number;
  /** The radio's accessible name. */
  label: string;
  /** What the button shows, when it is not the label itself. */
  glyph?: string;
}

export interface Scale {
  options: ScaleOption[];
  /** Word labels for the two ends; thumbs need none. */
  ends?: { low: string; high: string };
}

const numbers = (min: number, max: number): ScaleOption[] =>
  Array.from({ length: max - min + 1 }, (_, i) => ({ score: min + i, label: String(min + i) }));

/** One scale per question type; ranges match utils/schemas/feedback.ts scoreRange. */
export const scales: Record<FeedbackQuestion, Scale> = {
  ces: { options: numbers(1, 7), ends: { low: 'Very difficult', high: 'Very easy' } },
  csat: { options: numbers(1, 5), ends: { low: 'Very unsatisfied', high: 'Very satisfied' } },
  nps: { options: numbers(0, 10), ends: { low: 'Not at all likely', high: 'Extremely likely' } },
  thumbs: {
    options: [
      { score: 1, label: 'Thumbs up', glyph: '👍' },
      { score: 0, label: 'Thumbs down', glyph: '👎' },
    ],
  },
};

export const scoreLabel = (question: FeedbackQuestion, score: number): string =>
  scales[question].options.find((o) => o.score === score)?.label ?? String(score);
