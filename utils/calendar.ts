/**
 * The browser's local calendar day as YYYY-MM-DD: what a PM calls "today" wherever they work. Rollup
 * days, the dashboard's default range and a template's {{date}} all use it, so a 9 am insert in
 * Sydney lands on that morning's day, not on the previous UTC one.
 */
export function localDay(at: Date | string = new Date()): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
