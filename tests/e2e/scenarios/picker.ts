/** Drives the in-page picker through its accessible names only, in either browser. */
import type { By, DriverPage } from '../harness/driver';

export const PICKER: By = { role: 'dialog', name: 'Templates' };

export async function chooseTemplate(page: DriverPage, name: string, search?: string): Promise<void> {
  await page.waitFor(PICKER);
  if (search) await page.fill({ role: 'searchbox', within: PICKER }, search);
  await page.click({ role: 'option', name, within: PICKER });
}

/** Fills the prompted-field form (by label) and presses its "Insert" button. */
export async function fillAndInsert(page: DriverPage, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await page.fill({ label, within: PICKER }, value);
  await page.click({ role: 'button', name: 'Insert', within: PICKER });
  await page.waitFor(PICKER, { state: 'detached' });
}
