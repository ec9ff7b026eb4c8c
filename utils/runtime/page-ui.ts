import { sendWithRetry } from './send-queue';
import type { PageUi } from './page-ui-contract';

let loading: Promise<PageUi> | undefined;

/** The picker and renderer, injected into this frame by the background the first time they are needed. */
export function loadPageUi(): Promise<PageUi> {
  loading ??= (async () => {
    if (!globalThis.__popsPageUi) await sendWithRetry('loadPageUi', undefined);
    const ui = globalThis.__popsPageUi;
    if (!ui) throw new Error('The template picker could not be loaded into this page');
    return ui;
  })();
  // A failed load (worker gone, page navigating) may succeed on the next click.
  loading.catch(() => (loading = undefined));
  return loading;
}
