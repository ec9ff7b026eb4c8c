import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { eventsToCsv } from '@/utils/metrics/csv';
import { downloadText } from './download';
import { formatCount, today } from './format';
import { TeamImports } from './TeamImports';

/** Export this browser's usage (JSON for teammates' dashboards, CSV for spreadsheets) and import others'. */
export function DataSection() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const exportAs = async (format: 'json' | 'csv') => {
    try {
      const data = await sendMessage('exportUsage', undefined);
      const name = `product-ops-usage-${today()}.${format}`;
      if (format === 'json') downloadText(name, JSON.stringify(data, null, 2), 'application/json');
      else downloadText(name, eventsToCsv(data.events), 'text/csv');
      setMessage({ ok: true, text: `Exported ${formatCount(data.events.length)} events and ${formatCount(data.rollups.length)} daily rollups as ${name}.` });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };

  return (
    <div class="data">
      <h2>Export</h2>
      <p class="note">
        Exports hold ids, counts and scores only: no page content. JSON follows the <code>product-ops-kit.usage/v1</code> schema and can be
        imported by a teammate; CSV has one row per event.
      </p>
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => void exportAs('json')}>Export JSON</button>
        <button type="button" class="button" onClick={() => void exportAs('csv')}>Export CSV</button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'note' : 'error'}>{message.text}</p>}
      <h2>Import teammates’ exports</h2>
      <TeamImports />
    </div>
  );
}
