import { useEffect, useState } from 'preact/hooks';
import type { TeamStatus } from '@/utils/library/team';

interface Props {
  status: TeamStatus;
  busy: boolean;
  onSave(url: string | null): void;
  onRefresh(): void;
  onGrantAccess(): void;
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');
const ORIGIN_LABELS: Record<TeamStatus['origin'], string> = {
  policy: 'set by your administrator',
  'policy-default': 'suggested by your administrator',
  user: 'set by you',
  none: 'not configured',
};

/** The shared team library (https JSON), refreshed every 6 hours; a failed refresh keeps the last good copy. */
export function TeamLibraryPanel({ status, busy, onSave, onRefresh, onGrantAccess }: Props) {
  const [url, setUrl] = useState(status.url ?? '');
  useEffect(() => setUrl(status.url ?? ''), [status.url]);
  const error = status.lastError;
  return (
    <section class="tpl-team" aria-labelledby="tpl-team-title">
      <h2 id="tpl-team-title">Team library</h2>
      <form
        class="tpl-inline"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(url.trim());
        }}
      >
        <label class="grow">
          Team library URL <span class="hint">https JSON in the product-ops-kit.templates/v1 format ({ORIGIN_LABELS[status.origin]})</span>
          <input type="url" value={url} readOnly={status.locked} placeholder="https://…/templates.json" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        {!status.locked && <button type="submit" class="button" disabled={busy}>Save URL</button>}
        {!status.locked && status.origin === 'user' && (
          <button type="button" class="button" disabled={busy} onClick={() => onSave(null)}>Use default</button>
        )}
        <button type="button" class="button" disabled={busy || !status.url} onClick={onRefresh}>Refresh now</button>
      </form>
      {status.url && !status.hostAccess && (
        <p class="hint">
          Fetched through CORS: the server must allow it.{' '}
          <button type="button" class="button" onClick={onGrantAccess}>Allow direct access to {new URL(status.url).host}</button>
        </p>
      )}
      <dl class="status-list">
        <dt>Templates</dt>
        <dd>{status.templateCount}</dd>
        <dt>Last fetched</dt>
        <dd>{when(status.fetchedAt)}</dd>
        <dt>Last checked</dt>
        <dd>{when(status.lastCheckedAt)}</dd>
      </dl>
      {error && (
        <div class="tpl-errors" role="alert">
          <p>
            Last refresh failed ({when(error.at)}): {error.message}.{status.templateCount > 0 && ' The last good copy is still in use.'}
          </p>
          {error.problems.length > 0 && <ul>{error.problems.map((line) => <li key={line}><code>{line}</code></li>)}</ul>}
        </div>
      )}
    </section>
  );
}
