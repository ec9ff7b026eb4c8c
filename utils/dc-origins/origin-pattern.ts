import { z } from 'zod/mini';

/** A self-hosted Jira/Confluence origin as the user types it: scheme + host (+ port), nothing else. */
export const dcOriginSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, 'Enter the address of your Jira or Confluence')),
  z.transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(/^[a-z]+:\/\//i.test(value) ? value : `https://${value}`);
    } catch {
      // JSON-quoted and cut short: a pasted value with line breaks must not break the one-line-per-problem error.
      ctx.issues.push({ code: 'custom', message: `${JSON.stringify(value.slice(0, 100))} is not a web address`, input: value });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.issues.push({ code: 'custom', message: 'Only http and https addresses can be added', input: value });
      return z.NEVER;
    }
    if (url.hostname.endsWith('.atlassian.net')) {
      ctx.issues.push({ code: 'custom', message: 'Atlassian Cloud sites work already; add only self-hosted ones', input: value });
      return z.NEVER;
    }
    return url.origin;
  }),
);

/**
 * Exactly the origin the user named, port included: we ask for no more access than that. Firefox
 * match patterns cannot hold a port: one with a port is granted and registered without complaint
 * but never matches a page (seen in Firefox ESR 153), so the Firefox build asks for the host on any port.
 */
export function originToPattern(origin: string, withPort = !import.meta.env.FIREFOX): string {
  const url = new URL(origin);
  return `${withPort ? url.origin : `${url.protocol}//${url.hostname}`}/*`;
}
