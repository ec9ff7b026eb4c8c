/**
 * The popup's undo window, in its own module so the popup imports a number, not zod.
 * The backend allows a little more than the popup offers, for the message round trip.
 */
export const CHANGE_WINDOW_MS = 10_000;
/** submitFeedback holds the outbox item this long, so a change never races a delivery. */
export const CHANGE_HOLD_MS = CHANGE_WINDOW_MS + 5_000;
