/**
 * Jira and Confluence (Atlassian design tokens) put the user's colour mode on <html>: `data-color-mode`
 * ("light" | "dark", already resolved when the user chose "match system") next to `data-theme`, which lists
 * the loaded themes ("dark:dark light:light spacing:spacing"). Our shadow hosts carry `data-theme` so the
 * `:host([data-theme='dark'])` variables in the injected CSS follow the page.
 */
export type UiTheme = 'light' | 'dark';

const WATCHED = ['data-color-mode', 'data-theme'];

export function themeOf(html: Element, prefersDark: boolean): UiTheme {
  const mode = html.getAttribute('data-color-mode');
  if (mode === 'light' || mode === 'dark') return mode;
  if (mode === 'auto') return prefersDark ? 'dark' : 'light';
  // Early token builds wrote the bare mode into data-theme.
  const theme = html.getAttribute('data-theme');
  return theme === 'dark' ? 'dark' : 'light';
}

/** One observer on <html> for every host we mount, started with the first and stopped with the last. */
const hosts = new Set<HTMLElement>();
let stop: (() => void) | undefined;

function apply(): void {
  const theme = themeOf(document.documentElement, matchMedia('(prefers-color-scheme: dark)').matches);
  for (const host of hosts) if (host.dataset.theme !== theme) host.dataset.theme = theme;
}

function start(): () => void {
  const observer = new MutationObserver(apply);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: WATCHED });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', apply);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', apply);
  };
}

/** Keeps `host`'s data-theme in step with the page until the returned function is called. */
export function followPageTheme(host: HTMLElement): () => void {
  hosts.add(host);
  stop ??= start();
  apply();
  return () => {
    hosts.delete(host);
    if (hosts.size > 0) return;
    stop?.();
    stop = undefined;
  };
}
