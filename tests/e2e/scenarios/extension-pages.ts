/**
 * The extension's own pages in either browser: one click in the popup stores a rating (seen in the
 * background's IndexedDB and on the options page), and the options page's Data section exports JSON.
 */
import { expect } from 'vitest';
import { usageExportSchema } from '../../../utils/schemas/usage';
import type { By, DriverPage } from '../harness/driver';
import { readStoreInPage } from '../harness/idb';
import type { Scenario } from './types';

/** The feedback store, read from an extension page (same origin as the background's IndexedDB). */
const storedRatings = async (page: DriverPage) =>
  (await page.evaluate(readStoreInPage<{ serviceId: string; score: number }>, 'feedback')).map(({ serviceId, score }) => ({ serviceId, score }));

const TEMPLATES: By = { role: 'radiogroup', name: 'Templates' };

export const extensionPageScenarios: Scenario[] = [
  {
    id: 'popup-one-click-rating',
    title: 'Popup: one click stores a rating; options page counts it',
    async run(driver) {
      const popup = await driver.openExtensionPage('popup.html');
      await popup.waitFor(TEMPLATES);
      expect(await popup.count({ role: 'radio', within: TEMPLATES })).toBe(7);
      await popup.click({ role: 'radio', name: '3', within: TEMPLATES });
      await popup.waitFor({ text: 'Saved: 3.' });
      expect(await storedRatings(popup)).toEqual([{ serviceId: 'templates', score: 3 }]);

      const options = await driver.openExtensionPage('options.html');
      const row: By = { role: 'row', name: 'Templates', exact: false, within: { role: 'table', name: 'Services' } };
      await options.waitFor({ role: 'cell', name: '3: 1', within: row });
      expect(popup.errors().concat(options.errors())).toEqual([]);
      await options.close();
      await popup.close();
    },
  },
  {
    id: 'options-export-json',
    title: 'Options: page renders; Data section exports JSON',
    async run(driver) {
      await driver.send('trackEvents', [
        { type: 'template_inserted', templateId: 'user-story', version: 1, site: 'jira-cloud', page: 'issue', editor: 'prosemirror', ms: 300, usedFields: false },
      ]);
      const options = await driver.openExtensionPage('options.html#data');
      await options.waitFor({ role: 'heading', name: 'Export' });
      const file = await options.download({ role: 'button', name: 'Export JSON' });
      expect(file.fileName).toMatch(/\.json$/);
      const exported = usageExportSchema.parse(JSON.parse(file.text));
      expect(exported.schema).toBe('product-ops-kit.usage/v1');
      expect(exported.events.filter((e) => e.type === 'template_inserted').length).toBeGreaterThanOrEqual(1);
      expect(options.errors()).toEqual([]);
      await options.close();
    },
  },
];
