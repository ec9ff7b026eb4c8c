/**
 * `npm run demo`: builds the extension and the fixtures, starts the fixture server and opens
 * Chromium with the extension on the Jira Cloud fixture.
 * - With a DISPLAY: headed, stays open until Ctrl+C.
 * - Without one: headless; visits every fixture page, opens its editor and the template picker
 *   (if an "Insert template" button exists), saves PNG screenshots and exits.
 * Usage: npm run demo [-- <screenshot dir>]   (default demo-screenshots/)
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension } from '../tests/e2e/harness/extension';
import { launch, type Harness } from '../tests/e2e/harness/launch';
import { enableDcOrigin } from '../tests/e2e/harness/messages';
import { fixtureCatalog } from '../tests/fixtures/urls';

/** How to bring each fixture into its "editing" state before the screenshot. */
const OPEN_EDITOR: Record<string, (page: Page) => Promise<void>> = {
  'jira-cloud-issue': async (page) => {
    await page.click('[data-testid="issue.views.field.rich-text.description"]');
    await page.waitForSelector('#ak-editor-textarea');
  },
  'confluence-cloud-edit': (page) => page.click('#ak-editor-textarea'),
  'jira-dc-issue': async (page) => {
    await page.click('#create_link');
    await page.click('textarea#description');
  },
  'jira-dc-create': (page) => page.click('textarea#description'),
  'confluence-dc-edit': async (page) => {
    await page.waitForSelector('iframe#wysiwygTextarea_ifr');
    await page.frameLocator('#wysiwygTextarea_ifr').locator('body').click();
  },
};

function fixtureKind(url: string): string {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/browse/')) return 'jira-cloud-issue';
  if (pathname.includes('/edit-v2/')) return 'confluence-cloud-edit';
  if (pathname.startsWith('/jira/browse/')) return 'jira-dc-issue';
  if (pathname.includes('CreateIssue')) return 'jira-dc-create';
  if (pathname.includes('editpage.action')) return 'confluence-dc-edit';
  return 'static';
}

async function openPickerIfPresent(page: Page): Promise<boolean> {
  const button = page.getByRole('button', { name: 'Insert template' }).first();
  if (!(await button.isVisible().catch(() => false))) return false;
  await button.click();
  await page.getByRole('dialog', { name: 'Templates' }).waitFor({ timeout: 5_000 });
  return true;
}

async function screenshotTour(harness: Harness, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const page = await harness.newPage();
  for (const [index, { name, url }] of fixtureCatalog(harness.urls).entries()) {
    await page.goto(url);
    await page.waitForSelector('html[data-fixture-ready]', { timeout: 15_000 });
    const kind = fixtureKind(url);
    await OPEN_EDITOR[kind]?.(page);
    await page.waitForTimeout(1_000);
    const picker = await openPickerIfPresent(page);
    const file = path.join(outDir, `${String(index + 1).padStart(2, '0')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const marker = await page.evaluate(() => document.documentElement.dataset.popsSite ?? '-');
    console.log(`  ${path.basename(file).padEnd(58)} extension site=${marker}${picker ? ', picker opened' : ''}`);
  }
  for (const [file, open] of [['popup.png', () => harness.openPopup()], ['options.png', () => harness.openOptions()]] as const) {
    const extensionPage = await open();
    await extensionPage.waitForTimeout(800);
    await extensionPage.screenshot({ path: path.join(outDir, file), fullPage: true });
    console.log(`  ${file}`);
  }
}

const outDir = path.resolve(process.argv[2] ?? 'demo-screenshots');
process.env.POPS_EXT_DIR ??= buildExtension(process.env.WXT_OUT_DIR ?? '.output-demo');
const headed = Boolean(process.env.DISPLAY);
const harness = await launch({ headless: !headed });
console.log(`Fixture index: ${harness.urls.index}`);
// The self-hosted demo sites are enabled the way a user does it in Options → Sites (pre-approved here,
// because a headless browser cannot answer the permission prompt).
for (const origin of [harness.urls.origins.jiraDc, harness.urls.origins.confluenceDc]) await enableDcOrigin(harness, origin);

if (headed) {
  await harness.newPage(harness.urls.jiraCloudIssue('ABC-1'));
  console.log('Chromium is open on the Jira Cloud fixture with Product Ops Kit loaded. Ctrl+C to quit.');
  process.on('SIGINT', () => void harness.close().then(() => process.exit(0)));
} else {
  console.log(`No DISPLAY: headless tour, screenshots in ${outDir}`);
  await screenshotTour(harness, outDir);
  if (harness.pageErrors.length) console.warn('Page errors seen:', harness.pageErrors);
  await harness.close();
  console.log(`Done. Screenshots: ${outDir}`);
}
