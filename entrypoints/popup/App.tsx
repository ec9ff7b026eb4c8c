import { useEffect, useState } from 'preact/hooks';
import { QuickActions } from '@/components/popup/QuickActions';
import { ServiceRating } from '@/components/popup/ServiceRating';
import { CHANGE_WINDOW_MS } from '@/utils/feedback/change-window';
import { sendMessage } from '@/utils/messaging';
import { weekOf } from '@/utils/metrics/weeks';
import type { Service } from '@/utils/schemas/feedback';
import { activeTab, type ActiveTab } from './active-tab';
import { localDay } from '@/utils/calendar';

export function App() {
  const [services, setServices] = useState<Service[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [weeklyUses, setWeeklyUses] = useState<number | null>(null);
  const [insertMessage, setInsertMessage] = useState('');

  useEffect(() => {
    sendMessage('getServices', undefined)
      .then((all) => setServices(all.filter((s) => s.active)))
      .catch((error: Error) => setLoadError(error.message));
    activeTab().then(setTab, () => setTab(null));
    const thisWeek = weekOf(localDay());
    sendMessage('getWeeklyUsage', { weeks: 1 })
      .then((usage) => setWeeklyUses(usage.weeks.find((w) => w.week === thisWeek)?.insertions ?? 0))
      .catch(() => setWeeklyUses(null));
  }, []);

  const insert = async () => {
    if (!tab) return;
    const { opened } = await sendMessage('openPicker', undefined, { tabId: tab.id, frameId: 0 }).catch(() => ({ opened: false }));
    if (opened) window.close();
    else setInsertMessage('No editor found on this page. Click into a description or page body first.');
  };

  return (
    <main class="popup">
      <h1>Product Ops Kit</h1>
      <p class="lede">How are we doing? One click records your rating.</p>
      {loadError && <p role="alert" class="error">Could not load services: {loadError}</p>}
      {services?.length === 0 && <p class="note">No services to rate right now.</p>}
      {services?.map((service) => (
        <ServiceRating
          key={service.id}
          service={service}
          pageAvailable={!!tab?.url}
          windowMs={CHANGE_WINDOW_MS}
          onSubmit={(serviceId, score) => sendMessage('submitFeedback', { serviceId, score })}
          onChange={(feedbackId, score) => sendMessage('updateFeedback', { feedbackId, score })}
          onComment={(feedbackId, comment, includePage) =>
            sendMessage('submitComment', { feedbackId, comment, ...(includePage && tab?.url ? { pageUrl: tab.url } : {}) })
          }
        />
      ))}
      <QuickActions
        canInsert={!!tab?.supported}
        weeklyUses={weeklyUses}
        onInsert={() => void insert()}
        onOpenDashboard={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        insertMessage={insertMessage}
      />
    </main>
  );
}
