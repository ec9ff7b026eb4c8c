import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';

/** The in-page picker shortcut. The browser-wide command has its own key, set in the browser's shortcut page. */
export function ShortcutSetting() {
  const [shortcut, setShortcut] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => void sendMessage('getPickerShortcut', undefined).then(setShortcut), []);
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      setShortcut(await sendMessage('savePickerShortcut', { shortcut }));
      setMessage({ ok: true, text: 'Shortcut saved. It applies to pages opened or reloaded from now on.' });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };
  return (
    <form class="stack" onSubmit={save}>
      <fieldset>
        <legend>Keyboard shortcut</legend>
        <label>
          Open the template picker in an editor
          <input value={shortcut} onInput={(e) => setShortcut(e.currentTarget.value)} aria-describedby="shortcut-help" />
        </label>
        <p id="shortcut-help" class="note">
          Modifiers plus one letter or digit, with Alt, Ctrl or Meta — for example Alt+Shift+T (the default).
        </p>
        <button type="submit" class="button primary">Save shortcut</button>
        <p role="status" class={message && !message.ok ? 'error' : undefined}>
          {message?.text}
        </p>
      </fieldset>
    </form>
  );
}
