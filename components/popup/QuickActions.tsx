interface Props {
  /** Shown only when the active tab is a page the content script supports. */
  canInsert: boolean;
  /** Template insertions this week, or null while loading / unavailable. */
  weeklyUses: number | null;
  onInsert(): void;
  onOpenDashboard(): void;
  insertMessage?: string;
}

export function QuickActions({ canInsert, weeklyUses, onInsert, onOpenDashboard, insertMessage }: Props) {
  return (
    <nav class="quick-actions" aria-label="Quick actions">
      {canInsert && (
        <button type="button" class="button primary" onClick={onInsert}>
          Insert template on this page
        </button>
      )}
      <button type="button" class="button" onClick={onOpenDashboard}>
        Open dashboard
      </button>
      <p class="weekly" aria-live="polite">
        {weeklyUses === null ? '' : `${weeklyUses} template ${weeklyUses === 1 ? 'use' : 'uses'} this week`}
      </p>
      {insertMessage && <p class="note" role="status">{insertMessage}</p>}
    </nav>
  );
}
