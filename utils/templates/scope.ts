/**
 * Where a template applies. Each scope dimension belongs to one product: projectKeys and
 * issueTypes restrict Jira pages only, spaceKeys restrict Confluence pages only, so a template
 * scoped to "Jira stories, and Confluence" works on both. Empty or absent means everywhere.
 */
import type { RenderContext, Template } from '../schemas/template';

type Product = 'jira' | 'confluence';

function productOf(ctx: RenderContext): Product | undefined {
  if (ctx.product) return ctx.product;
  if (ctx.issueKey || ctx.projectKey || ctx.issueType) return 'jira';
  if (ctx.spaceKey) return 'confluence';
  return undefined;
}

/** Case-insensitive membership; an unset or empty list allows anything. */
function allows(list: readonly string[] | undefined, value: string | undefined): boolean {
  if (!list || list.length === 0) return true;
  if (!value) return false;
  const v = value.toLowerCase();
  return list.some((item) => item.toLowerCase() === v);
}

export function inScope(template: Template, ctx: RenderContext): boolean {
  const { products, projectKeys, issueTypes, spaceKeys } = template.scope;
  const product = productOf(ctx);
  if (products && products.length > 0 && (!product || !products.includes(product))) return false;
  if (product === 'jira') return allows(projectKeys, ctx.projectKey) && allows(issueTypes, ctx.issueType);
  if (product === 'confluence') return allows(spaceKeys, ctx.spaceKey);
  return true;
}

/** In-scope templates first; the original order is kept within each group. */
export function rankForContext<T extends Template>(templates: readonly T[], ctx: RenderContext): T[] {
  const inside = templates.filter((t) => inScope(t, ctx));
  return [...inside, ...templates.filter((t) => !inside.includes(t))];
}
