import { useEffect, useState } from 'preact/hooks';
import type { DcOriginStatus } from '@/utils/dc-origins/store';
import { sendMessage } from '@/utils/messaging';
import { formatIssues } from '@/utils/schemas/errors';
import { dcOriginSchema } from '@/utils/dc-origins/origin-pattern';
import { requestOriginAccess } from '@/utils/dc-origins/request-access';

/** Self-hosted Jira and Confluence (Data Center): the extension runs there only where the user allows it. */
export function SitesSection() {
  const [origins, setOrigins] = useState<DcOriginStatus[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  const refresh = () => sendMessage('getDcOrigins', undefined).then(setOrigins);
  useEffect(() => void refresh(), []);

  const grant = (origin: string) => {
    const asked = requestOriginAccess(origin);
    void asked.then(async (granted) => {
      if (!granted) return setMessage(`Access to ${origin} was not granted, so nothing changed.`);
      await sendMessage('addDcOrigin', { origin });
      setMessage(`Product Ops Kit now runs on ${origin}. Reload its open tabs.`);
      setInput('');
      await refresh();
    });
  };
  const add = (event: Event) => {
    event.preventDefault();
    const parsed = dcOriginSchema.safeParse(input);
    if (!parsed.success) return setMessage(formatIssues(parsed.error).join('; '));
    grant(parsed.data);
  };
  const remove = async (origin: string) => {
    await sendMessage('removeDcOrigin', { origin });
    setMessage(`Removed ${origin}.`);
    await refresh();
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p>
        Atlassian Cloud (<code>*.atlassian.net</code>) works out of the box. Add your self-hosted Jira or Confluence
        (Data Center) here; the browser asks you to allow access to that address only.
      </p>
      <form onSubmit={add} class="sites-form">
        <label for="dc-origin">Jira or Confluence address</label>
        <input id="dc-origin" type="text" inputMode="url" autoComplete="url" placeholder="https://jira.example.com" value={input} onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit">Add site</button>
      </form>
      <p role="status">{message}</p>
      <ul aria-label="Self-hosted sites">
        {origins.map(({ origin, granted }) => (
          <li key={origin}>
            <span>{origin}</span> {granted ? <span class="badge">Active</span> : <span class="badge warn">Needs access</span>}
            {!granted && (
              <button type="button" onClick={() => grant(origin)}>
                Allow {origin}
              </button>
            )}
            <button type="button" onClick={() => void remove(origin)} aria-label={`Remove ${origin}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
