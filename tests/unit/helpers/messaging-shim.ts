/**
 * @webext-core/messaging calls runtime.sendMessage callback-style and treats any lastError as a
 * failure; fakeBrowser's lastError is `{message: ""}` and its sendMessage is promise-only. This
 * routes sendMessage to onMessage listeners with a real sendResponse (toolchain.md, "Known traps").
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeAllListeners } from '@/utils/messaging';

type Callback = (response: unknown) => void;

export function installMessagingShim(): void {
  const runtime = fakeBrowser.runtime as unknown as { lastError?: unknown; sendMessage: unknown };
  runtime.lastError = undefined;
  runtime.sendMessage = (message: unknown, callback?: Callback) => {
    let answered = false;
    const sendResponse: Callback = (response) => {
      answered = true;
      callback?.(response);
    };
    // fakeBrowser's trigger is typed (message, sender) but forwards every argument to listeners.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(message, {}, sendResponse).then((results) => {
      // No listener kept the channel open: answer like Chrome does when nobody responds.
      if (!answered && !results.includes(true)) callback?.(undefined);
    });
  };
}

/** Listeners of the messenger survive fakeBrowser.reset(); drop them between tests. */
export function resetMessaging(): void {
  removeAllListeners();
  fakeBrowser.reset();
}
