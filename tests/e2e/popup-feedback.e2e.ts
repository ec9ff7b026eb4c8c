/**
 * Issue 6, popup: one click stores a rating (checked in IndexedDB and on the options page), a second
 * click inside the undo window replaces it without a second count, and keyboard-only rating works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { readStore } from './harness/idb';
import { sendExtensionMessage } from './harness/messages';
import { picker } from './harness/picker';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** Reads the feedback store straight from the background's IndexedDB. */
const storedRatings = async () =>
  (await readStore<{ serviceId: string; score: number }>(harness, 'feedback')).map(({ serviceId, score }) => ({ serviceId, score }));

describe('popup rating', () => {
  it('one click stores the rating; a change within the window replaces it; the options page counts one', async () => {
    const popup = await harness.openPopup();
    const templates = popup.getByRole('radiogroup', { name: 'Templates' });
    // The first answer after browser start took over a second here (worker start-up), so wait for it.
    await templates.waitFor();
    expect(await templates.getByRole('radio').count()).toBe(7);
    expect(await popup.getByText('Very difficult').first().isVisible()).toBe(true);

    await templates.getByRole('radio', { name: '3' }).click();
    await popup.getByText(/Saved: 3\./).waitFor();
    expect(await storedRatings()).toEqual([{ serviceId: 'templates', score: 3 }]);
    expect(await templates.getByRole('radio', { name: '3' }).getAttribute('aria-checked')).toBe('true');

    await templates.getByRole('radio', { name: '6' }).click();
    await popup.getByText(/Changed to 6\./).waitFor();
    expect(await storedRatings()).toEqual([{ serviceId: 'templates', score: 6 }]);
    await popup.getByRole('button', { name: 'Send comment' }).waitFor();

    const options = await harness.openOptions();
    const row = options.getByRole('table', { name: 'Services' }).getByRole('row', { name: /Templates/ });
    await expect.poll(() => row.getByRole('cell').allInnerTexts()).toEqual(['CES (1–7)', '1', '6.0', '6: 1', '6.0']);
    expect(await options.getByText('Average CES per service').isVisible()).toBe(true);
    await options.close();
    await popup.close();
  });

  it('is fully keyboard operable: Tab to the group, arrows move, Space rates, the comment is sent', async () => {
    const popup = await harness.openPopup();
    const support = popup.getByRole('radiogroup', { name: 'Product Ops support' });
    await support.getByRole('radio', { name: '1' }).focus();
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('4');
    expect((await storedRatings()).filter((r) => r.serviceId === 'product-ops-support')).toEqual([]);
    await popup.keyboard.press('Space');
    await popup.getByText(/Saved: 4\./).waitFor();

    await popup.getByLabel('Anything to add? (optional)').fill('Quick answer on Slack, thanks');
    await popup.getByRole('button', { name: 'Send comment' }).click();
    await popup.getByText('Comment saved. Thank you!').waitFor();
    const outbox = await harness.swEval(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('product-ops-kit');
          open.onsuccess = () => {
            const request = open.result.transaction('outbox').objectStore('outbox').getAll();
            request.onsuccess = () => resolve(request.result.map((i: { event: string }) => i.event).sort());
          };
        }),
    );
    expect(outbox).toEqual(['feedback_commented', 'feedback_submitted', 'feedback_submitted']);
    expect((await storedRatings()).filter((r) => r.serviceId === 'product-ops-support')).toEqual([{ serviceId: 'product-ops-support', score: 4 }]);
    await popup.close();
  });

  it('shows this week’s template uses and opens the dashboard', async () => {
    await sendExtensionMessage(harness, 'trackEvents', [
      { type: 'template_inserted', templateId: 'user-story', version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 300, usedFields: false },
      { type: 'template_inserted', templateId: 'bug-report', version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 300, usedFields: false },
    ]);
    const popup = await harness.openPopup();
    await popup.getByText('2 template uses this week').waitFor();
    // Opened as a tab in tests, the popup's "active tab" is itself: no insert action is offered.
    expect(await popup.getByRole('button', { name: 'Insert template on this page' }).count()).toBe(0);
    const opened = harness.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') });
    await popup.getByRole('button', { name: 'Open dashboard' }).click();
    const options = await opened;
    await options.getByRole('heading', { name: 'Adoption', level: 1 }).waitFor();
    await options.close();
  });
});

describe('services managed in the options page', () => {
  it('a service added and saved in the Services section appears in the popup; a deactivated one disappears', async () => {
    const options = await harness.newPage(harness.extensionUrl('options.html#services'));
    await options.getByRole('button', { name: 'Add service' }).click();
    const added = options.locator('fieldset').last();
    await added.getByLabel('Name').fill('Research ops');
    await added.getByLabel('Question type').selectOption('thumbs');
    await options.locator('fieldset', { hasText: 'Product Ops support' }).getByLabel('Active (shown in the popup)').uncheck();
    await options.getByRole('button', { name: 'Save services' }).click();
    await options.getByText('Services saved. The popup shows the active ones.').waitFor();
    expect(await options.locator('fieldset').last().getByLabel('Question type').isDisabled()).toBe(true);

    const popup = await harness.openPopup();
    const research = popup.getByRole('radiogroup', { name: 'Research ops' });
    await research.getByRole('radio', { name: 'Thumbs down' }).click();
    await popup.getByText('Saved: Thumbs down.', { exact: false }).waitFor();
    expect(await popup.getByRole('radiogroup', { name: 'Product Ops support' }).count()).toBe(0);
    expect(await sendExtensionMessage(harness, 'getServices')).toContainEqual({ id: 'research-ops', name: 'Research ops', description: '', question: 'thumbs', active: true });
    await popup.close();
    await options.close();
  });
});

describe('insert quick action', () => {
  it('over a supported page the popup offers "Insert template on this page" and it opens the in-page picker', async () => {
    const jira = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await jira.waitForFunction(() => document.documentElement.dataset.popsSite === 'jira-cloud');
    await jira.click('[data-testid="issue.views.field.rich-text.description"]');
    await jira.waitForSelector('#ak-editor-textarea');
    // A popup opened as a tab is its own active tab; re-run it while the Jira tab is in front instead.
    const popup = await harness.openPopup();
    await jira.bringToFront();
    await popup.reload();
    await popup.getByRole('button', { name: 'Insert template on this page' }).click();
    await picker(jira).waitFor();
    await popup.close().catch(() => undefined);

    const unrelated = await harness.newPage(harness.urls.unrelated);
    const popup2 = await harness.openPopup();
    await unrelated.bringToFront();
    await popup2.reload();
    await popup2.getByRole('button', { name: 'Open dashboard' }).waitFor();
    expect(await popup2.getByRole('button', { name: 'Insert template on this page' }).count()).toBe(0);
    await popup2.close();
    await unrelated.close();
    await jira.close();
  });
});
