/**
 * Issue 7, team roll-up: real exports from two teammates' browsers (Data section downloads) validate
 * against the usage export schema; importing them, including two exports of the same person, gives
 * combined counts with duplicates removed; bad files are rejected whole; imports are removable.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { usageExportSchema } from '../../utils/schemas/usage';
import { launch, type Harness } from './harness';
import { sendExtensionMessage } from './harness/messages';

const insertions = (n: number) =>
  Array.from({ length: n }, () => ({ type: 'template_inserted', templateId: 'user-story', version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 500, usedFields: false }) as const);

const open: Harness[] = [];
const written: string[] = [];
afterAll(async () => {
  for (const h of open) await h.close();
  for (const file of written) rmSync(file, { force: true });
});

async function download(page: Page, button: string, saveAs: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  await file.saveAs(saveAs);
  written.push(saveAs);
  return saveAs;
}

const card = (page: Page, label: string) => page.locator('.card', { has: page.locator('dt', { hasText: label }) }).locator('dd');

describe('team roll-up', () => {
  const files: Record<string, string> = {};
  const tmp = `/tmp/pops-team-${process.pid}`;

  it('a teammate exports JSON (schema-valid) and CSV from the Data section, twice', async () => {
    const alex = await launch();
    open.push(alex);
    await sendExtensionMessage(alex, 'trackEvents', insertions(3));
    const data = await alex.newPage(alex.extensionUrl('options.html#data'));
    files.alex1 = await download(data, 'Export JSON', `${tmp}-alex1.json`);
    const first = usageExportSchema.parse(JSON.parse(readFileSync(files.alex1, 'utf8')));
    expect(first.schema).toBe('product-ops-kit.usage/v1');
    expect(first.events).toHaveLength(3);
    expect(first.rollups.length).toBeGreaterThan(0);
    const csv = readFileSync(await download(data, 'Export CSV', `${tmp}-alex.csv`), 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toMatch(/^id,ts,type,site,project,/);
    expect(csv).toHaveLength(4);

    await sendExtensionMessage(alex, 'trackEvents', insertions(2));
    files.alex2 = await download(data, 'Export JSON', `${tmp}-alex2.json`);
    expect(usageExportSchema.parse(JSON.parse(readFileSync(files.alex2, 'utf8'))).events).toHaveLength(5);
    await alex.close();
    open.pop();

    const sam = await launch();
    open.push(sam);
    await sendExtensionMessage(sam, 'trackEvents', insertions(4));
    files.sam = await download(await sam.newPage(sam.extensionUrl('options.html#data')), 'Export JSON', `${tmp}-sam.json`);
    await sam.close();
    open.pop();
  });

  it('the lead imports them: combined, de-duplicated, separate from own data, removable', async () => {
    const lead = await launch();
    open.push(lead);
    await sendExtensionMessage(lead, 'trackEvents', insertions(1));
    const own = await download(await lead.newPage(lead.extensionUrl('options.html#data')), 'Export JSON', `${tmp}-lead.json`);

    const page = await lead.newPage(lead.extensionUrl('options.html#adoption'));
    await card(page, 'Template insertions').waitFor();
    const input = page.getByLabel('Import teammates’ usage exports');
    await input.setInputFiles([files.alex1!, files.alex2!, files.sam!]);
    await page.getByText(/pops-team-\d+-sam\.json: imported 4 events/).waitFor();
    expect(await page.locator('.outcomes li').allInnerTexts()).toEqual([
      expect.stringMatching(/alex1\.json: imported 3 events$/),
      expect.stringMatching(/alex2\.json: imported 2 events, 3 duplicates skipped$/),
      expect.stringMatching(/sam\.json: imported 4 events$/),
    ]);

    const broken = `${tmp}-broken.json`;
    writeFileSync(broken, '{"schema":"product-ops-kit.usage/v1",');
    written.push(broken);
    await input.setInputFiles([own, broken]);
    await page.getByText(/broken\.json: rejected: file: not valid JSON/).waitFor();
    expect(await page.getByText(/lead\.json: rejected: file\.installId: this is an export of this browser’s own data/).count()).toBe(1);

    expect(await card(page, 'Template insertions').innerText()).toBe('1');
    await page.getByLabel('Include team imports').check();
    // Alex's newest export (5) counts once, plus Sam's 4, plus the lead's own 1.
    await expect.poll(() => card(page, 'Template insertions').innerText()).toBe('10');
    const people = page.getByRole('table', { name: 'Adoption by person' });
    const personRow = (name: string | RegExp) => people.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    expect(await people.getByRole('row').count()).toBe(4);
    expect(await personRow(/alex2$/).getByRole('cell').first().innerText()).toBe('5');
    expect(await personRow(/sam$/).getByRole('cell').first().innerText()).toBe('4');
    expect(await personRow('You (this browser)').getByRole('cell').first().innerText()).toBe('1');

    const imports = page.getByRole('table', { name: 'Team imports' });
    expect(await imports.getByRole('row').count()).toBe(4);
    await imports.getByRole('button', { name: /Remove .*sam\.json/ }).click();
    await expect.poll(() => card(page, 'Template insertions').innerText()).toBe('6');
    expect(await imports.getByRole('row').count()).toBe(3);
    expect(lead.pageErrors).toEqual([]);
  });
});
