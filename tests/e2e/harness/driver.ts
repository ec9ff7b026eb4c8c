/**
 * One scenario, two browsers: the small surface the shared scenarios (tests/e2e/scenarios) drive,
 * implemented for Playwright + Chromium (driver-playwright.ts) and Puppeteer + Firefox over
 * WebDriver BiDi (tests/e2e/firefox/driver.ts). Elements are found the way a user finds them: by
 * role and accessible name (inside open shadow roots too), by label, or by CSS for host-page parts.
 */
import type { ProtocolMap } from '../../../utils/messaging';
import type { FixtureServer } from '../../fixtures/server';
import type { FixtureUrls } from '../../fixtures/urls';

export type BrowserName = 'chromium' | 'firefox';

interface Scoped {
  /** Search only inside the (first) element this finds. */
  within?: By;
}

/** Names match whole and case-sensitive unless `exact: false` (then: contains, ignoring case). */
export type By =
  | (Scoped & { role: string; name?: string; exact?: boolean })
  | (Scoped & { label: string })
  | (Scoped & { text: string })
  /** `frame`: a CSS selector of the iframe whose document holds the element. */
  | (Scoped & { css: string; frame?: string });

export interface DriverPage {
  click(by: By): Promise<void>;
  /** Replaces a text field's value as typing would, or chooses a <select>'s option by value or label. */
  fill(by: By, value: string): Promise<void>;
  /** Keys in Playwright notation: "Alt+Shift+T", "Control+z". */
  press(keys: string): Promise<void>;
  waitFor(by: By, options?: { state?: 'attached' | 'detached'; timeout?: number }): Promise<void>;
  count(by: By): Promise<number>;
  isChecked(by: By): Promise<boolean>;
  /** Runs in the page's main world (window.__fixture is reachable). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  reload(): Promise<void>;
  /** Clicks something that saves a file and returns the file's text. */
  download(by: By): Promise<{ fileName: string; text: string }>;
  /** Uncaught errors this page threw so far. */
  errors(): string[];
  close(): Promise<void>;
}

export interface Driver {
  browser: BrowserName;
  /** The browser's own version string, for the matrix. */
  version: string;
  server: FixtureServer;
  urls: FixtureUrls;
  open(url: string): Promise<DriverPage>;
  /** popup.html, options.html#data… opened as a tab. */
  openExtensionPage(file: string): Promise<DriverPage>;
  /** Sends a protocol message from an extension page, as the popup or options page would. */
  send<K extends keyof ProtocolMap>(type: K, data?: Parameters<ProtocolMap[K]>[0]): Promise<ReturnType<ProtocolMap[K]>>;
  /**
   * Grants a self-hosted origin through the product's own path: `permissions.request()` inside a
   * real click on an extension page, then `addDcOrigin` so the background registers the script.
   */
  enableDcOrigin(origin: string): Promise<void>;
  /** Stops the background as the browser does when idle; absent where the background never stops. */
  stopBackground?(): Promise<void>;
  close(): Promise<void>;
}

/** Playwright key notation → the parts both drivers press in order. */
export function splitKeys(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('+');
  return { modifiers: parts.slice(0, -1), key: parts.at(-1)! };
}
