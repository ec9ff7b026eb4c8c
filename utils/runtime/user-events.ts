/**
 * Our shadow roots are open, so the host page's scripts can reach in and call click(), dispatch events or
 * requestSubmit() on our controls. Only the user may act through our UI (issue 8: nothing from the page's own
 * scripts makes the extension insert, store or send anything):
 * - synthetic pointer and key events are stopped before our handlers see them (and their default action);
 * - a synthetic change of a checkbox or radio, which our handlers act on at once, is stopped too;
 * - a form submission counts only right after a real key press or click inside this root, because
 *   requestSubmit() fires a trusted submit event.
 * Value edits in text fields and selects only change form state; acting on them still takes a real submit.
 */
const ACTIONS = ['click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'paste', 'drop'];
const TOGGLES = ['change', 'input'];
/** A submit this long after the last real key press or click inside the root is not the user's. */
const SUBMIT_WINDOW_MS = 1000;

function block(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

const isToggle = (target: EventTarget | null) =>
  target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');

export function acceptUserEventsOnly(root: ShadowRoot): void {
  let lastUserAction = Number.NEGATIVE_INFINITY;
  for (const type of ACTIONS) {
    root.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return block(event);
        if (type === 'keydown' || type === 'click' || type === 'pointerdown') lastUserAction = performance.now();
      },
      { capture: true },
    );
  }
  for (const type of TOGGLES) {
    root.addEventListener(type, (event) => !event.isTrusted && isToggle(event.target) && block(event), { capture: true });
  }
  root.addEventListener(
    'submit',
    (event) => {
      if (!event.isTrusted || performance.now() - lastUserAction > SUBMIT_WINDOW_MS) block(event);
    },
    { capture: true },
  );
}
