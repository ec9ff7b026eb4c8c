/** The shared scenarios in Chromium (Playwright). Firefox runs the same list: tests/e2e/firefox/firefox.e2e.ts. */
import { playwrightDriver } from '../harness/driver-playwright';
import { runScenarios } from './suite';

runScenarios('chromium', playwrightDriver);
