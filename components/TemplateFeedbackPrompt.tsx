import { useState } from 'preact/hooks';
import { RatingControl } from '@/components/rating/RatingControl';

interface Props {
  templateName: string;
  /** Resolves once the background has stored the rating; rejects with a message to show. */
  onRate(score: number): Promise<void>;
  onNeverAsk(): void;
  onClose(): void;
}

export const TEMPLATE_CES_QUESTION = 'How easy was it to write this with the template?';

/** One line, never modal: the PM can ignore it and keep writing. */
export function TemplateFeedbackPrompt({ templateName, onRate, onNeverAsk, onClose }: Props) {
  const [score, setScore] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const rate = (value: number) => {
    setScore(value);
    onRate(value).then(
      () => setStatus('Thanks — recorded.'),
      (error: Error) => {
        setScore(null);
        setStatus(`Not recorded: ${error.message}`);
      },
    );
  };
  return (
    <section class="pops-feedback" aria-label="Template feedback">
      <p class="pops-feedback-question">
        {TEMPLATE_CES_QUESTION} <span class="pops-muted">({templateName})</span>
      </p>
      <RatingControl id="pops-template-ces" name={TEMPLATE_CES_QUESTION} question="ces" value={score} locked={score !== null} onRate={rate} />
      <p role="status" class="pops-feedback-status">
        {status}
      </p>
      <div class="pops-feedback-actions">
        <button type="button" onClick={onNeverAsk}>
          Don't ask again
        </button>
        <button type="button" aria-label="Close feedback" onClick={onClose}>
          ×
        </button>
      </div>
    </section>
  );
}
