import { defaultDeps, type BackgroundDeps } from '@/utils/metrics/deps';
import { registerMetricsHandlers } from '@/utils/metrics/handlers';
import { flushOutbox, registerOutboxHandlers } from '@/utils/outbox/handlers';
import { alarmHandler, ensureAlarms } from '@/utils/outbox/schedule';
import { registerServiceHandlers } from '@/utils/services/handlers';
import { registerTinymceApiHandler } from '@/utils/editors/tinymce-api-handler';
import { registerPageUiLoader } from '@/utils/insert/page-ui-loader';
import { registerPickerTriggers } from '@/utils/insert/picker-triggers';
import { registerShortcutHandlers } from '@/utils/insert/shortcut-setting';
import { registerSuggestionHandlers } from '@/utils/insert/suggestion-dismissals';
import { registerDcOriginHandlers } from '@/utils/dc-origins/handlers';
import { registerLibraryHandlers, registerLibrarySchedule } from '@/utils/library/handlers';
import { hasHostAccess } from '@/utils/library/host-access';
import { getPolicy, resolvePolicySetting } from '@/utils/library/policy';
import { restrictStorageToExtension } from '@/utils/storage-access';

// Listeners are registered synchronously so a worker woken by a message or alarm sees them.
export default defineBackground(() => {
  void restrictStorageToExtension();
  const deps: BackgroundDeps = defaultDeps(() => {
    flushOutbox(deps).catch((error: unknown) => console.warn('[outbox] delivery failed', error));
  });
  registerMetricsHandlers(deps);
  registerOutboxHandlers(deps);
  registerServiceHandlers(deps);
  registerDcOriginHandlers(async () => resolvePolicySetting(await getPolicy(), 'dcOrigins')?.value ?? []);
  registerPickerTriggers();
  registerPageUiLoader();
  registerSuggestionHandlers();
  registerShortcutHandlers();
  registerTinymceApiHandler();
  const libraryDeps = { fetch: deps.fetch, now: () => deps.clock.now(), readPolicy: () => getPolicy(), hasHostAccess };
  registerLibraryHandlers(libraryDeps);
  registerLibrarySchedule(libraryDeps);
  browser.alarms.onAlarm.addListener((alarm) => {
    alarmHandler(deps)(alarm).catch((error: unknown) => console.warn(`[alarm] ${alarm.name} failed`, error));
  });
  void ensureAlarms();
});
