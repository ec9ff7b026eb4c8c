import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../harness';
import { chooseTemplate, fillAndInsert, insertButtons, picker } from '../harness/picker';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('Jira Cloud issue view', () => {
  it('enters edit mode from read mode and inserts the Bug report as real nodes', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-2'));
    await insertButtons(page).first().click();
    await chooseTemplate(page, 'Bug report');
    await fillAndInsert(page, { Environment: 'Staging EU', Severity: 'S2 - Major' });
    const doc = await page.evaluate(() => window.__fixture.doc('description'));
    console.log(JSON.stringify(doc).slice(0, 2000));
    expect(doc).toBeTruthy();
  });
});
