/** vitest globalSetup for e2e: build the extension and the fixtures once; workers inherit POPS_EXT_DIR. */
import { ensureFixturesBuilt } from '../../fixtures/build';
import { assertChromium } from './chromium';
import { extensionDir } from './extension';

export default async function setup(): Promise<void> {
  assertChromium();
  extensionDir();
  await ensureFixturesBuilt();
}
