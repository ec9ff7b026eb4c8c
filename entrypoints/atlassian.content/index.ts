import './style.css';
import { features } from '@/utils/features';
import { startRunner } from '@/utils/runtime/runner';
import { trackFromPage } from '@/utils/runtime/track';

/**
 * Atlassian Cloud from the manifest; self-hosted (DC) origins get this same file registered at run time
 * once the user grants them (utils/sites/dc-origins.ts).
 */
export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startRunner(ctx, features, trackFromPage);
  },
});
