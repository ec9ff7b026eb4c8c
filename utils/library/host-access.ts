/**
 * Host access to the team library's server. With it the worker's fetch is not CORS, so it can send
 * its own validators and read ETag; without it the server must send CORS headers (README).
 */
import { originToPattern } from '../dc-origins/origin-pattern';

const originsOf = (url: string) => ({ origins: [originToPattern(new URL(url).origin)] });

export const hasHostAccess = (url: string) => browser.permissions.contains(originsOf(url));

/** Options page only: must run inside the click that asks for it (a user gesture). */
export const requestHostAccess = (url: string) => browser.permissions.request(originsOf(url));
