/**
 * One row per event. Runs in the options page (not the background) so papaparse stays out of the
 * worker bundle; papaparse does the quoting, including cells that start with = + - @ (CSV injection).
 */
import Papa from 'papaparse';
import type { StoredEvent } from '../schemas/events';

const LEADING = ['id', 'ts', 'type', 'site', 'project'];

const cell = (value: unknown): string | number | boolean =>
  Array.isArray(value) ? value.join(';') : typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as string);

export function eventsToCsv(events: readonly StoredEvent[]): string {
  const other = new Set<string>();
  for (const event of events) for (const key of Object.keys(event)) if (!LEADING.includes(key)) other.add(key);
  const fields = [...LEADING, ...[...other].sort()];
  const rows = events.map((event) => fields.map((f) => cell((event as Record<string, unknown>)[f] ?? '')));
  return Papa.unparse({ fields, data: rows }, { escapeFormulae: true });
}
