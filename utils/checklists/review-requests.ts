/**
 * "Review checklist" in the gate warning asks the panel (another feature) to open and focus the first
 * open mandatory item. An in-memory event target keeps the two features apart without a page-visible event.
 */
export const reviewRequests = new EventTarget();

export const REVIEW = 'review';

export function requestReview(checklistId: string): void {
  reviewRequests.dispatchEvent(new CustomEvent<string>(REVIEW, { detail: checklistId }));
}
