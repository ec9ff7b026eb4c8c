import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type ProtocolMap } from '@/utils/messaging';
import { formatCount, formatDay } from './format';

type ImportInfo = ReturnType<ProtocolMap['getImports']>[number];
interface Outcome {
  fileName: string;
  ok: boolean;
  text: string;
}

/** Teammates' exports: a drop zone and file picker, the list of imports, each removable. */
export function TeamImports({ onChanged }: { onChanged?(): void }) {
  const [imports, setImports] = useState<ImportInfo[]>([]);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [dragging, setDragging] = useState(false);
  const refresh = () => sendMessage('getImports', undefined).then(setImports);
  useEffect(() => void refresh(), []);

  const importFiles = async (files: readonly File[]) => {
    const results: Outcome[] = [];
    for (const file of files) {
      try {
        const r = await sendMessage('importUsage', { fileName: file.name.slice(0, 200), json: await file.text() });
        const dup = r.duplicates ? `, ${formatCount(r.duplicates)} duplicates skipped` : '';
        results.push({ fileName: file.name, ok: true, text: `imported ${formatCount(r.events)} events${dup}` });
      } catch (error) {
        results.push({ fileName: file.name, ok: false, text: `rejected: ${(error as Error).message}` });
      }
    }
    setOutcomes(results);
    await refresh();
    onChanged?.();
  };

  const remove = async (id: string) => {
    await sendMessage('removeImport', { id });
    await refresh();
    onChanged?.();
  };

  return (
    <div class="team-imports">
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <p>Drop teammates’ usage exports (.json) here, or</p>
        <label class="button">
          Choose files…
          <input
            type="file"
            accept=".json,application/json"
            multiple
            class="visually-hidden"
            aria-label="Import teammates’ usage exports"
            onChange={(e) => {
              void importFiles([...(e.currentTarget.files ?? [])]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <ul class="outcomes" aria-live="polite">
        {outcomes.map((o) => (
          <li key={o.fileName} class={o.ok ? 'ok' : 'error'}>
            <strong>{o.fileName}</strong>: {o.text}
          </li>
        ))}
      </ul>
      {imports.length > 0 && (
        <table class="data-table">
          <caption>Team imports</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Exported</th>
              <th scope="col" class="num">Events</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {imports.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.fileName ?? i.installId.slice(0, 8)}</th>
                <td>{formatDay(i.exportedAt)}</td>
                <td class="num">{formatCount(i.events)}</td>
                <td>
                  <button type="button" class="button danger" onClick={() => void remove(i.id)} aria-label={`Remove ${i.fileName ?? 'import'}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
