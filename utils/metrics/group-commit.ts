/**
 * Group commit: items that arrive while a commit is in flight wait and share the next one.
 * IndexedDB runs overlapping readwrite transactions one after another anyway, so a burst of
 * one-event messages then costs a few transactions instead of one each. Every caller's promise
 * settles with the commit that held its item: resolved only once that commit is done.
 */
export function createGroupCommit<T>(commit: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  let waiting: { item: T; settle: (error?: unknown) => void }[] = [];
  let committing = false;

  async function drain(): Promise<void> {
    committing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        await commit(group.map((w) => w.item));
        for (const w of group) w.settle();
      } catch (error) {
        for (const w of group) w.settle(error ?? new Error('commit failed'));
      }
    }
    committing = false;
  }

  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!committing) void drain();
    });
}
