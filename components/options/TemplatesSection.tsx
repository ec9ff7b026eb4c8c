import { useEffect, useState } from 'preact/hooks';
import type { LibraryEntry } from '@/utils/library/merge';
import type { LibraryState } from '@/utils/library/library';
import { requestHostAccess } from '@/utils/library/host-access';
import { sendMessage } from '@/utils/messaging';
import { emptyDraft, draftFromTemplate, templateFromDraft, type Draft } from './templates/draft';
import { ImportExport } from './templates/ImportExport';
import { TeamLibraryPanel } from './templates/TeamLibraryPanel';
import { TemplateEditor } from './templates/TemplateEditor';
import { SOURCE_LABELS, TemplateTable } from './templates/TemplateTable';
import './templates/templates.css';
import { localDay } from '@/utils/calendar';

interface Editing {
  draft: Draft;
  readOnly: boolean;
  heading: string;
}

const errorLines = (error: unknown) => ((error as Error).message || String(error)).split('\n');

async function loadUses(): Promise<Record<string, number> | undefined> {
  try {
    const stats = await sendMessage('getAdoptionStats', { from: '2000-01-01', to: localDay() });
    return Object.fromEntries(stats.templates.map((t) => [t.templateId, t.uses]));
  } catch {
    return undefined;
  }
}

/** Options → Templates: every source's templates, the personal editor, import/export and the team library. */
export function TemplatesSection() {
  const [state, setState] = useState<LibraryState | null>(null);
  const [uses, setUses] = useState<Record<string, number>>();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<LibraryEntry | null>(null);
  const [message, setMessage] = useState('');
  const [loadError, setLoadError] = useState('');

  const reload = () =>
    sendMessage('getLibraryState', undefined).then(setState, (error: unknown) => setLoadError(errorLines(error).join(' ')));
  useEffect(() => {
    void reload();
    void loadUses().then(setUses);
  }, []);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const open = (draft: Draft, readOnly: boolean, heading: string) => {
    setServerErrors([]);
    setEditing({ draft, readOnly, heading });
  };
  const save = () =>
    run(async () => {
      if (!editing) return;
      try {
        const saved = await sendMessage('savePersonalTemplate', { template: templateFromDraft(editing.draft) });
        setEditing({ draft: draftFromTemplate(saved), readOnly: false, heading: `Edit “${saved.name}”` });
        setServerErrors([]);
        setMessage(`Saved “${saved.name}” (version ${saved.version}).`);
        await reload();
      } catch (error) {
        setServerErrors(errorLines(error));
      }
    });
  const remove = (entry: LibraryEntry) =>
    run(async () => {
      await sendMessage('deletePersonalTemplate', { id: entry.template.id });
      setConfirmDelete(null);
      if (editing?.draft.id === entry.template.id) setEditing(null);
      setMessage(`Deleted “${entry.template.name}”.`);
      await reload();
    });

  if (!state) return loadError ? <p class="error" role="alert">Could not load the template library: {loadError}</p> : <p>Loading…</p>;
  const allowPersonal = state.policy.allowPersonalTemplates;

  return (
    <div class="tpl-section">
      {!allowPersonal && (
        <p class="notice">
          Your administrator has turned personal templates off.
          {state.personal.stored > 0 && ` Your ${state.personal.stored} personal templates are kept but not offered.`}
        </p>
      )}
      {state.policy.problems.length > 0 && (
        <details class="notice">
          <summary>Parts of the admin policy were ignored ({state.policy.problems.length})</summary>
          <ul>{state.policy.problems.map((line) => <li key={line}><code>{line}</code></li>)}</ul>
        </details>
      )}
      <div class="section-head">
        <p class="hint">
          Built-in, Managed (admin) and Team templates are read-only: duplicate one to make it your own. On the same id, Managed wins over
          Team, Team over Personal, Personal over Built-in.
        </p>
        {allowPersonal && (
          <button type="button" class="button primary" onClick={() => open(emptyDraft(), false, 'New personal template')}>New template</button>
        )}
      </div>
      <p role="status" class="tpl-message">{message}</p>
      {confirmDelete && (
        <div role="alertdialog" aria-labelledby="tpl-del-title" class="tpl-confirm">
          <p id="tpl-del-title">Delete “{confirmDelete.template.name}”? Export first if you may want it back.</p>
          <button type="button" class="button danger" disabled={busy} onClick={() => void remove(confirmDelete)}>Delete</button>
          <button type="button" class="button" onClick={() => setConfirmDelete(null)}>Keep it</button>
        </div>
      )}
      {editing && (
        <TemplateEditor
          {...editing}
          serverErrors={serverErrors}
          saving={busy}
          onChange={(draft) => setEditing({ ...editing, draft })}
          onSave={() => void save()}
          onClose={() => setEditing(null)}
        />
      )}
      <TemplateTable
        entries={state.entries}
        uses={uses}
        canEditPersonal={allowPersonal}
        onOpen={(entry) =>
          open(
            draftFromTemplate(entry.template),
            entry.readOnly || !allowPersonal,
            entry.readOnly ? `${entry.template.name} (${SOURCE_LABELS[entry.template.source]}, read-only)` : `Edit “${entry.template.name}”`,
          )
        }
        onDuplicate={(entry) => open(draftFromTemplate(entry.template, true), false, `Duplicate of “${entry.template.name}”`)}
        onDelete={setConfirmDelete}
      />
      <ImportExport canImport={allowPersonal} onDone={(text) => { setMessage(text); void reload(); }} />
      <TeamLibraryPanel
        status={state.team}
        busy={busy}
        onSave={(url) =>
          void run(async () => {
            try {
              await sendMessage('setTeamLibraryUrl', { url });
              setMessage(url ? 'Team library URL saved and fetched.' : 'Team library setting saved.');
            } catch (error) {
              setMessage(errorLines(error).join(' '));
            }
            await reload();
          })
        }
        onRefresh={() => void run(async () => { await sendMessage('refreshTeamLibrary', undefined); await reload(); })}
        onGrantAccess={() => {
          // Requested first, inside the click: the permission prompt needs the user gesture.
          const url = state.team.url;
          if (!url) return;
          void requestHostAccess(url).then(async (granted) => {
            setMessage(granted ? 'Direct access granted.' : 'Access not granted; the server must allow CORS.');
            if (granted) await sendMessage('refreshTeamLibrary', undefined);
            await reload();
          });
        }}
      />
    </div>
  );
}
