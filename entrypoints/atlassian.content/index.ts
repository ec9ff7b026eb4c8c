import { features } from '@/utils/features';
import { startRunner } from '@/utils/runtime/runner';
import { trackFromPage } from '@/utils/runtime/track';

/**
 * Atlassian Cloud from the manifest; self-hosted (DC) origins get this same file registered at run time
 * once the user grants them (utils/dc-origins/). Its CSS travels inside the script (utils/runtime/mount-ui.ts),
 * so nothing has to be web-accessible on those origins.
 */
export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startRunner(ctx, features, trackFromPage);
  },
});
