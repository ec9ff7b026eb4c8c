import { useState } from 'preact/hooks';
import type { ImportResult } from '@/utils/library/import-export';
import { sendMessage } from '@/utils/messaging';
import type { DuplicateChoice } from '@/utils/schemas/library';
import { DuplicateDialog } from './DuplicateDialog';
import { saveTextFile } from './save-file';

interface Props {
  canImport: boolean;
  onDone(message: string): void;
}

function summary(result: Extract<ImportResult, { status: 'imported' }>): string {
  const parts = [`${result.added.length} added`];
  if (result.replaced.length) parts.push(`${result.replaced.length} replaced`);
  if (result.renamed.length) parts.push(`${result.renamed.length} kept as copies (${result.renamed.map((r) => r.to).join(', ')})`);
  return `Imported: ${parts.join(', ')}.`;
}

/** Export/import of the personal library (product-ops-kit.templates/v1). An invalid file changes nothing. */
export function ImportExport({ canImport, onDone }: Props) {
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<{ json: string; ids: string[] } | null>(null);

  const importJson = async (json: string, onDuplicate: DuplicateChoice) => {
    setPending(null);
    try {
      const result = await sendMessage('importPersonalTemplates', { json, onDuplicate });
      if (result.status === 'invalid') setErrors(result.errors);
      else if (result.status === 'duplicates') setPending({ json, ids: result.ids });
      else {
        setErrors([]);
        onDone(summary(result));
      }
    } catch (error) {
      setErrors(((error as Error).message || String(error)).split('\n'));
    }
  };
  const exportAll = async () => {
    const { fileName, json } = await sendMessage('exportPersonalTemplates', undefined);
    saveTextFile(fileName, json, 'application/json');
  };

  return (
    <section class="tpl-io" aria-labelledby="tpl-io-title">
      <h2 id="tpl-io-title">Import and export</h2>
      <div class="form-actions">
        <button type="button" class="button" onClick={() => void exportAll()}>Export personal templates</button>
        {canImport && (
          <label class="button">
            Import personal templates
            <input
              type="file"
              accept="application/json,.json"
              class="sr-only"
              onChange={async (e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file) await importJson(await file.text(), 'ask');
              }}
            />
          </label>
        )}
      </div>
      {errors.length > 0 && (
        <div class="tpl-errors" role="alert" aria-label="Import errors">
          <p>The file was not imported; nothing changed:</p>
          <ul>{errors.map((line) => <li key={line}><code>{line}</code></li>)}</ul>
        </div>
      )}
      {pending && (
        <DuplicateDialog
          ids={pending.ids}
          onReplace={() => void importJson(pending.json, 'replace')}
          onKeepBoth={() => void importJson(pending.json, 'keep-both')}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
