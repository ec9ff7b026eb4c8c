/**
 * Runs axe-core inside a page (extension page or fixture page) and returns what it found. axe walks
 * open shadow roots, so scoping to our hosts (`[data-pops]`) checks our injected UI and not the
 * fixture page around it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary: string }[];
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Ids of every rule axe evaluated (passed, failed, incomplete or not applicable here). */
  rulesRun: string[];
  /** Rules that found matching nodes and checked them. */
  rulesApplied: string[];
}

/** WCAG 2.x A/AA plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function runAxe(target: Page | Frame, include?: string): Promise<AxeReport> {
  // Runtime.evaluate is not subject to the page's CSP, so this works on extension pages too.
  const loaded = await target.evaluate(() => 'axe' in window);
  if (!loaded) await target.evaluate(axeSource);
  return target.evaluate(
    async ([selector, tags]) => {
      const axe = (window as unknown as { axe: any }).axe;
      // A page without a <main> or <h1> around our shadow hosts is the fixture's business, not ours.
      const hosts = selector ? [...document.querySelectorAll(selector)] : [];
      if (selector && hosts.length === 0) throw new Error(`runAxe: nothing matches ${selector}`);
      const context = selector ? { include: hosts } : document;
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        ...(selector ? { rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } } } : {}),
      });
      const ids = (list: { id: string }[]) => list.map((rule) => rule.id);
      return {
        violations: result.violations.map((v: any) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n: any) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
        })),
        rulesRun: [...ids(result.passes), ...ids(result.violations), ...ids(result.incomplete), ...ids(result.inapplicable)],
        rulesApplied: [...ids(result.passes), ...ids(result.violations), ...ids(result.incomplete)],
      };
    },
    [include, TAGS] as const,
  );
}

/** One line per failing node, for an assertion message a human can act on. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help}\n  at ${JSON.stringify(n.target)}\n  ${n.html}\n  ${n.failureSummary}`))
    .join('\n');
}
