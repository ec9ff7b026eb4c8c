/** Drives the injected UI the way a PM does, through its accessible names only. */
import type { Locator, Page } from 'playwright-core';

/** Playwright's role locators pierce open shadow roots, which is where our UI lives. */
export const insertButtons = (page: Page) => page.getByRole('button', { name: 'Insert template' });
export const picker = (page: Page) => page.getByRole('dialog', { name: 'Templates' });

export async function chooseTemplate(page: Page, name: string, search?: string): Promise<Locator> {
  const dialog = picker(page);
  await dialog.waitFor();
  if (search) await dialog.getByRole('searchbox').fill(search);
  await dialog.getByRole('option', { name, exact: true }).click();
  return dialog;
}

/** Fills the prompted-field form (by label) and presses the "Insert" button. */
export async function fillAndInsert(page: Page, values: Record<string, string> = {}): Promise<void> {
  const dialog = picker(page);
  for (const [label, value] of Object.entries(values)) {
    const field = dialog.getByLabel(label, { exact: false });
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}
