/**
 * Template compliance, computed locally from the rendered page: which of our templates the page was
 * built from (by its required headings), whether those headings are still there and whether any
 * `{{placeholder}}` is left. Only ids and a score leave this module, never page text (issue 5).
 */
import { findPlaceholders } from '@/utils/render/placeholders';
import type { Template, TemplateDoc } from '@/utils/schemas/template';

export interface PageOutline {
  headings: readonly string[];
  text: string;
}

export interface ComplianceResult {
  template: TemplateDoc;
  /** 0…1: required headings present plus one check for "no unfilled placeholders", over all checks. */
  score: number;
  sections: { id: string; heading: string; present: boolean }[];
  placeholders: number;
}

/** A section id safe for events (idSchema): the heading as a slug, or its position if nothing is left. */
export function sectionId(heading: string, index: number): string {
  const slug = heading
    .toLowerCase()
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return slug || `section-${index + 1}`;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').replace(/[:\s]+$/, '').trim().toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A required heading matches a page heading ignoring case and spacing; `{{x}}` parts match any text. */
function headingMatcher(required: string): RegExp {
  const parts = normalize(required).split(/\{\{\s*[A-Za-z][A-Za-z0-9_]*\s*\}\}/);
  return new RegExp(`^${parts.map(escapeRegExp).join('.+')}$`);
}

/** Matchers are built once per template; the panel asks on every DOM change. Headings come resolved by the background. */
const required = new WeakMap<TemplateDoc, { id: string; heading: string; matcher: RegExp }[]>();

function requiredOf(template: TemplateDoc) {
  let sections = required.get(template);
  if (!sections) {
    sections = (template.requiredSections ?? []).map((heading, index) => ({ id: sectionId(heading, index), heading, matcher: headingMatcher(heading) }));
    required.set(template, sections);
  }
  return sections;
}

function sectionsOf(template: TemplateDoc, headings: readonly string[]) {
  const page = headings.map(normalize);
  return requiredOf(template).map(({ id, heading, matcher }) => ({ id, heading, present: page.some((h) => matcher.test(h)) }));
}

/** At least two required headings and at least half of them: fewer is a coincidence, not a template. */
const MIN_MATCHED = 2;
const MIN_SHARE = 0.5;

/** The template the page most likely came from; checklists are excluded (their body is one heading). */
export function detectTemplate(library: readonly Template[], headings: readonly string[]): TemplateDoc | null {
  let best: { template: TemplateDoc; share: number; matched: number } | null = null;
  for (const template of library) {
    if (template.kind !== 'template') continue;
    const sections = sectionsOf(template, headings);
    const matched = sections.filter((s) => s.present).length;
    const share = sections.length ? matched / sections.length : 0;
    if (matched < MIN_MATCHED || share < MIN_SHARE) continue;
    if (!best || share > best.share || (share === best.share && matched > best.matched)) best = { template, share, matched };
  }
  return best?.template ?? null;
}

export function scoreCompliance(template: TemplateDoc, page: PageOutline): ComplianceResult {
  const sections = sectionsOf(template, page.headings);
  const placeholders = findPlaceholders(page.text).length;
  const passed = sections.filter((s) => s.present).length + (placeholders === 0 ? 1 : 0);
  return { template, score: Math.round((passed / (sections.length + 1)) * 100) / 100, sections, placeholders };
}

export function checkCompliance(library: readonly Template[], page: PageOutline): ComplianceResult | null {
  const template = detectTemplate(library, page.headings);
  return template ? scoreCompliance(template, page) : null;
}
