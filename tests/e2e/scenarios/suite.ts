/**
 * Registers every shared scenario as a vitest test against one browser driver and records each
 * outcome for the README matrix. Scenarios run in order in one browser session, as a PM would.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BrowserName, Driver } from '../harness/driver';
import { scenarios } from './index';
import { writeBrowserRun, type Outcome } from './results';

export function runScenarios(browser: BrowserName, start: () => Promise<Driver>): void {
  describe(`shared scenarios in ${browser}`, () => {
    let driver: Driver | undefined;
    const outcomes: Record<string, Outcome> = {};
    const granted = new Set<string>();

    beforeAll(async () => {
      driver = await start();
    });
    afterAll(async () => {
      if (driver) writeBrowserRun(browser, { version: driver.version, finishedAt: new Date().toISOString(), scenarios: outcomes });
      await driver?.close();
    });

    for (const scenario of scenarios) {
      const reason = scenario.notApplicable?.[browser];
      if (reason) {
        outcomes[scenario.id] = { title: scenario.title, status: 'not applicable', note: reason };
        it.skip(`${scenario.title} (not applicable: ${reason})`, () => undefined);
        continue;
      }
      it(scenario.title, async () => {
        const started = Date.now();
        try {
          if (!driver) throw new Error(`${browser} did not start`);
          for (const origin of scenario.dcOrigins?.(driver) ?? []) {
            if (!granted.has(origin)) await driver.enableDcOrigin(origin);
            granted.add(origin);
          }
          await scenario.run(driver);
          outcomes[scenario.id] = { title: scenario.title, status: 'passed', ms: Date.now() - started };
        } catch (error) {
          const note = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
          outcomes[scenario.id] = { title: scenario.title, status: 'failed', ms: Date.now() - started, note };
          throw error;
        }
      });
    }
  });
}
