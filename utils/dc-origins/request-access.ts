import { originToPattern } from './origin-pattern';

/**
 * Must run inside the click that asked for it: browsers only show the permission prompt during a user
 * gesture, so nothing may be awaited before this call (toolchain.md, optional host permissions).
 */
export function requestOriginAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originToPattern(origin)] });
}
