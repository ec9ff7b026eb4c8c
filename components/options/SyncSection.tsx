import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type ProtocolMap } from '@/utils/messaging';
import type { SyncSettingsView } from '@/utils/schemas/settings';
import { formatCount } from './format';

type Status = ReturnType<ProtocolMap['getSyncStatus']>;

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString('en-GB') : 'never');

/** The optional Segment-compatible collector. The write key is write-only: the page only ever sees a mask. */
export function SyncSection() {
  const [view, setView] = useState<SyncSettingsView | null>(null);
  const [url, setUrl] = useState('');
  const [writeKey, setWriteKey] = useState('');
  const [sendUsage, setSendUsage] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  const refresh = () => sendMessage('getSyncStatus', undefined).then(setStatus);
  const show = (next: SyncSettingsView) => {
    setView(next);
    setUrl(next.url);
    setSendUsage(next.sendUsage);
    setWriteKey('');
  };
  useEffect(() => {
    void sendMessage('getSyncSettings', undefined).then(show);
    void refresh();
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      show(await sendMessage('saveSyncSettings', { url: url.trim(), sendUsage, ...(writeKey && { writeKey }) }));
      setMessage({ ok: true, text: 'Sync settings saved.' });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
    await refresh();
  };
  const clearKey = async () => {
    show(await sendMessage('saveSyncSettings', { writeKey: '' }));
    setMessage({ ok: true, text: 'Write key removed.' });
  };
  const sendNow = async () => {
    setSending(true);
    setMessage(null);
    try {
      const r = await sendMessage('retryOutboxNow', undefined);
      const text = r.skipped ? 'No endpoint configured: nothing leaves this browser.' : `Sent ${r.sent}, rejected ${r.dropped}, still queued after failure ${r.failed}.`;
      setMessage({ ok: r.failed === 0 && r.dropped === 0, text });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    } finally {
      setSending(false);
      await refresh();
    }
  };

  return (
    <div class="sync">
      <form class="stack" onSubmit={save}>
        <label>
          Collector endpoint URL
          <input type="url" value={url} placeholder="https://collector.example.com" onInput={(e) => setUrl(e.currentTarget.value)} />
          <span class="hint">Segment HTTP API compatible (Segment, RudderStack, Jitsu). Ratings are posted to <code>/v1/batch</code>.</span>
        </label>
        <label>
          Write key
          <input
            type="password"
            autoComplete="off"
            value={writeKey}
            placeholder={view?.hasWriteKey ? `${view.writeKeyMasked} (leave empty to keep)` : 'none'}
            onInput={(e) => setWriteKey(e.currentTarget.value)}
          />
        </label>
        {view?.hasWriteKey && (
          <button type="button" class="button danger inline" onClick={() => void clearKey()}>Remove write key</button>
        )}
        <label class="checkbox">
          <input type="checkbox" checked={sendUsage} onChange={(e) => setSendUsage(e.currentTarget.checked)} />
          Also send usage events (template insertions, checklists)
        </label>
        <div class="form-actions">
          <button type="submit" class="button primary">Save sync settings</button>
        </div>
      </form>
      <h2>Delivery status</h2>
      {status && (
        <dl class="status-list" aria-label="Delivery status">
          <dt>Endpoint</dt>
          <dd>{status.endpointConfigured ? 'configured' : 'not configured (nothing leaves this browser)'}</dd>
          <dt>Queued</dt>
          <dd data-testid="sync-queued">{formatCount(status.queued)} ({formatCount(status.due)} due now)</dd>
          <dt>Last success</dt>
          <dd>{when(status.lastDeliveredAt)}</dd>
          <dt>Rejected as invalid</dt>
          <dd data-testid="sync-dropped">{formatCount(status.droppedInvalid)}</dd>
          <dt>Last error</dt>
          <dd data-testid="sync-last-error" class={status.lastError ? 'error' : undefined}>
            {status.lastError ? `${status.lastError.message} (${when(status.lastError.at)})` : 'none'}
          </dd>
        </dl>
      )}
      <div class="form-actions">
        <button type="button" class="button" disabled={sending} onClick={() => void sendNow()}>Send now</button>
        <button type="button" class="button" onClick={() => void refresh()}>Refresh status</button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'note' : 'error'}>{message.text}</p>}
    </div>
  );
}
