/** The shared scenarios in Firefox ESR (Puppeteer over WebDriver BiDi). Chromium: tests/e2e/scenarios/chromium.e2e.ts. */
import { runScenarios } from '../scenarios/suite';
import { firefoxDriver } from './driver';

runScenarios('firefox', firefoxDriver);
