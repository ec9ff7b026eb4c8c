import { useState } from 'preact/hooks';

interface Props {
  id: string;
  /** Offer "include this page" only when the active tab has a web page URL. */
  pageAvailable: boolean;
  onSend(comment: string, includePage: boolean): Promise<unknown>;
}

type State = { kind: 'editing' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'error'; message: string };

export function CommentForm({ id, pageAvailable, onSend }: Props) {
  const [text, setText] = useState('');
  const [includePage, setIncludePage] = useState(false);
  const [state, setState] = useState<State>({ kind: 'editing' });
  if (state.kind === 'sent') return <p class="note" role="status">Comment saved. Thank you!</p>;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    setState({ kind: 'sending' });
    try {
      await onSend(text.trim(), includePage);
      setState({ kind: 'sent' });
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  };

  return (
    <form class="comment" onSubmit={submit}>
      <label for={`${id}-comment`}>Anything to add? (optional)</label>
      <textarea
        id={`${id}-comment`}
        rows={2}
        maxLength={2000}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="comment-actions">
        {pageAvailable && (
          <label class="checkbox">
            <input type="checkbox" checked={includePage} onChange={(e) => setIncludePage(e.currentTarget.checked)} />
            Include this page
          </label>
        )}
        <button type="submit" class="button" disabled={state.kind === 'sending' || !text.trim()}>
          Send comment
        </button>
      </div>
      {state.kind === 'error' && <p role="alert" class="error">Comment not saved: {state.message}</p>}
    </form>
  );
}
