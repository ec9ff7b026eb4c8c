/**
 * Options → Templates in real Chromium: create, edit (live preview), export, delete and re-import a
 * personal template; an invalid import changes nothing; the picker on a Jira Cloud page then offers
 * the personal template, which proves content scripts read the merged library through getTemplates.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, sendJson, startLocalServer, type Harness } from './harness';
import { insertButtons, picker } from './harness/picker';

let harness: Harness;
let options: Page;
const NAME = 'Weekly stakeholder update';
let exported = '';

beforeAll(async () => {
  harness = await launch();
  options = await harness.newPage(`${harness.extensionUrl('options.html')}#templates`);
  await options.getByRole('table').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

const editor = () => options.getByRole('form', { name: 'Template editor' });
const preview = () => options.getByRole('region', { name: 'Preview' });
const row = (name: string) => options.getByRole('row').filter({ has: options.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

describe('Options → Templates', () => {
  it('lists built-ins with their badge', async () => {
    const bug = row('Bug report');
    await expect.poll(() => bug.getByText('Built-in', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => options.getByRole('button', { name: 'View Bug report' }).isVisible()).toBe(true);
  });

  it('creates a personal template', async () => {
    await options.getByRole('button', { name: 'New template' }).click();
    await editor().getByLabel('Name').fill(NAME);
    await editor().getByLabel('Description').fill('What changed this week, for stakeholders');
    await editor().getByLabel('Body (Markdown)').fill('## Highlights\n- {{highlight}}\n\n## Risks\n| Risk | Owner |\n|---|---|\n| Launch slips | PM |');
    await editor().getByRole('button', { name: 'Add field' }).click();
    await editor().getByLabel('Field 1 key').fill('highlight');
    await editor().getByLabel('Field 1 label').fill('Highlight');
    await editor().getByLabel('Field 1 default').fill('Shipped the beta');
    await expect.poll(() => preview().locator('h2', { hasText: 'Highlights' }).count()).toBe(1);
    await expect.poll(() => preview().getByText('Shipped the beta').count()).toBe(1);
    await editor().getByRole('button', { name: 'Save template' }).click();
    await options.getByRole('status').filter({ hasText: `Saved “${NAME}” (version 1).` }).waitFor();
    await expect.poll(() => row(NAME).getByText('Personal', { exact: true }).isVisible()).toBe(true);
  });

  it('edits it and the preview follows the body', async () => {
    await options.getByRole('button', { name: `Edit ${NAME}` }).click();
    await editor().getByLabel('Body (Markdown)').fill('## Highlights\n- {{highlight}}\n\n## Asks\n- [ ] Approve the budget');
    await preview().locator('h2', { hasText: 'Asks' }).waitFor();
    await expect.poll(() => preview().locator('h2', { hasText: 'Risks' }).count()).toBe(0);
    await expect.poll(() => preview().locator('[data-node-type="actionList"]').count()).toBe(1);
    await editor().getByRole('button', { name: 'Save template' }).click();
    await options.getByRole('status').filter({ hasText: '(version 2)' }).waitFor();
  });

  it('shows path-precise validation errors next to the form and blocks saving', async () => {
    await editor().getByLabel('Field 1 key').fill('date');
    const problems = options.getByRole('alert', { name: 'Problems' });
    await expect.poll(() => problems.textContent()).toContain('fields[0].key: "date" is a built-in variable');
    await expect.poll(() => editor().getByRole('button', { name: 'Save template' }).isDisabled()).toBe(true);
    await editor().getByLabel('Field 1 key').fill('highlight');
    await problems.waitFor({ state: 'detached' });
    await editor().getByRole('button', { name: 'Cancel' }).click();
  });

  it('exports, deletes and re-imports it', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export personal templates' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^product-ops-kit-templates-\d{4}-\d{2}-\d{2}\.json$/);
    exported = path.join(os.tmpdir(), `pops-export-${Date.now()}.json`);
    await download.saveAs(exported);
    const file = JSON.parse(await readFile(exported, 'utf8'));
    expect(file.schema).toBe('product-ops-kit.templates/v1');
    expect(file.templates.map((t: { name: string; version: number }) => [t.name, t.version])).toEqual([[NAME, 2]]);

    await options.getByRole('button', { name: `Delete ${NAME}` }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await options.getByRole('status').filter({ hasText: `Deleted “${NAME}”.` }).waitFor();
    await expect.poll(() => row(NAME).count()).toBe(0);

    await options.getByLabel('Import personal templates').setInputFiles(exported);
    await options.getByRole('status').filter({ hasText: 'Imported: 1 added.' }).waitFor();
    await expect.poll(() => row(NAME).getByText('Personal', { exact: true }).isVisible()).toBe(true);
  });

  it('asks about duplicate ids and keeps both on request', async () => {
    await options.getByLabel('Import personal templates').setInputFiles(exported);
    const dialog = options.getByRole('dialog', { name: 'Templates already exist' });
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await options.getByRole('status').filter({ hasText: 'kept as copies' }).waitFor();
    await expect.poll(() => row(NAME).count()).toBe(2);
    await options.getByRole('button', { name: `Delete ${NAME}` }).last().click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row(NAME).count()).toBe(1);
  });

  it('rejects an invalid file with a path-precise error and changes nothing', async () => {
    const file = JSON.parse(await readFile(exported, 'utf8'));
    file.templates.push({ ...file.templates[0], id: 'second', fields: [{ key: 'x', label: 'X', type: 'colour', required: true }] });
    const bad = path.join(os.tmpdir(), `pops-bad-${Date.now()}.json`);
    await writeFile(bad, JSON.stringify(file));
    const before = await options.getByRole('table').textContent();
    await options.getByLabel('Import personal templates').setInputFiles(bad);
    const errors = options.getByRole('alert', { name: 'Import errors' });
    await expect.poll(() => errors.textContent()).toContain('templates[1].fields[0].type: expected one of text|paragraph|select|date|number');
    await expect.poll(() => options.getByRole('table').textContent()).toBe(before);
  });

  it('offers the personal template in the Jira Cloud picker (getTemplates is wired)', async () => {
    const page = await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
    await insertButtons(page).first().click();
    await picker(page).getByRole('option', { name: NAME, exact: true }).waitFor();
    await expect.poll(() => picker(page).getByRole('option', { name: NAME, exact: true }).count()).toBe(1);
    await page.close();
  });

  it('fetches a team library in the worker, revalidates with the ETag and keeps the last good copy on an invalid file', async () => {
    const team = { schema: 'product-ops-kit.templates/v1', templates: [{ ...JSON.parse(await readFile(exported, 'utf8')).templates[0], id: 'team-update', name: 'Team update' }] };
    let body: unknown = team;
    let etag = '"1"';
    const seen: { method?: string; ifNoneMatch?: string }[] = [];
    // CORS as the README asks of a team server that users have not granted direct access to.
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag', 'cache-control': 'no-cache' };
    const server = await startLocalServer((req, res) => {
      seen.push({ method: req.method, ifNoneMatch: req.headers['if-none-match'] });
      if (req.headers['if-none-match'] === etag) res.writeHead(304, { ...cors, ETag: etag }).end();
      else sendJson(res, 200, body, { ...cors, ETag: etag });
    });
    try {
      await options.getByLabel('Team library URL').fill(`${server.origin}/library.json`);
      await options.getByRole('button', { name: 'Save URL' }).click();
      await row('Team update').getByText('Team', { exact: true }).waitFor();
      // Without host access the browser's HTTP cache revalidates (no preflight for our own headers).
      await options.getByRole('button', { name: 'Refresh now' }).click();
      await expect.poll(() => seen).toEqual([{ method: 'GET' }, { method: 'GET', ifNoneMatch: '"1"' }]);

      // With host access the worker sends the stored ETag itself and handles the 304.
      await harness.grantHostPermission(server.origin);
      await options.getByRole('button', { name: /^Allow direct access to 127\.0\.0\.1/ }).click();
      await options.getByRole('status').filter({ hasText: 'Direct access granted.' }).waitFor();
      await expect.poll(() => seen.at(-1)).toEqual({ method: 'GET', ifNoneMatch: '"1"' });

      body = { ...team, templates: [{ ...team.templates[0], kind: 'list' }] };
      etag = '"2"';
      await options.getByRole('button', { name: 'Refresh now' }).click();
      const failure = options.getByRole('alert').filter({ hasText: 'Last refresh failed' });
      await expect.poll(() => failure.textContent()).toContain('templates[0].kind: expected one of template|checklist');
      await expect.poll(() => failure.textContent()).toContain('The last good copy is still in use.');
      await expect.poll(() => row('Team update').count()).toBe(1);
    } finally {
      await server.close();
    }
  });
});
