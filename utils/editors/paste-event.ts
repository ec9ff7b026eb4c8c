/** Firefox exposes the page's view of an event through `wrappedJSObject` in content scripts. */
type XrayWrapped<T> = T & { wrappedJSObject?: T };

/**
 * A synthetic paste carrying text/html and text/plain. Gecko ignores `ClipboardEventInit.clipboardData`,
 * so the payload is written into the event's own store when it came out empty (atlassian-pages.md §5.1.5).
 */
export function pasteEvent(html: string, text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const event: XrayWrapped<ClipboardEvent> = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const store = event.wrappedJSObject?.clipboardData ?? event.clipboardData;
  if (store && store.getData('text/html') !== html) {
    store.setData('text/html', html);
    store.setData('text/plain', text);
  }
  return event;
}
