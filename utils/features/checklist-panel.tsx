import { checkCompliance, type ComplianceResult } from '@/utils/checklists/compliance';
import { outlineOf } from '@/utils/checklists/page-outline';
import { startPanelSession, type PanelSession } from '@/utils/checklists/panel-session';
import { objectRefOf, type ObjectRef } from '@/utils/checklists/state-client';
import { loadLibrary } from '@/utils/insert/library';
import { pageContext } from '@/utils/insert/page-context';
import { sendWithRetry } from '@/utils/runtime/send-queue';
import type { Template } from '@/utils/schemas/template';
import type { Feature, FeatureArgs } from './types';

interface Mounted {
  ref: ObjectRef;
  /** origin + issue key / page id: Jira swaps issues in side panels without a URL change (atlassian-pages.md §6). */
  key: string;
  anchor: HTMLElement;
  session: PanelSession;
  stop: AbortController;
  outline: string;
  tracked: string;
}

function complianceSignature(result: ComplianceResult): string {
  const missing = result.sections.filter((s) => !s.present).map((s) => s.id);
  return `${result.template.id}@${result.template.version}:${result.score}:${missing.join(',')}`;
}

/**
 * Recomputes compliance when the rendered body changed and sends each distinct result once per
 * panel; the background keeps one check per page across views (utils/metrics/compliance.ts).
 */
function updateCompliance(args: FeatureArgs, library: readonly Template[], mounted: Mounted, project: string | undefined) {
  const outline = outlineOf(args.site.pageBody?.(document));
  const signature = `${outline.headings.join('\n')}\u0000${outline.text}`;
  if (signature === mounted.outline) return;
  mounted.outline = signature;
  const result = checkCompliance(library, outline);
  mounted.session.showCompliance(result);
  if (!result || complianceSignature(result) === mounted.tracked) return;
  mounted.tracked = complianceSignature(result);
  const check = {
    type: 'compliance_checked' as const,
    site: args.site.id,
    ...(project ? { project } : {}),
    templateId: result.template.id,
    version: result.template.version,
    score: result.score,
    missing: result.sections.filter((s) => !s.present).map((s) => s.id),
  };
  // Usage metrics must never break the page: a failure is logged, not thrown.
  sendWithRetry('recordCompliance', { ...mounted.ref, check }).catch((error: unknown) =>
    console.warn('[Product Ops Kit] compliance not recorded:', (error as Error).message),
  );
}

/** The "Checklists" panel beside a Jira issue or Confluence page, with template compliance on view pages. */
export const checklistPanel: Feature = {
  id: 'checklist-panel',
  sites: 'all',
  pages: ['issue', 'page-view', 'page-edit'],
  async init(args) {
    const { site, signal, onDomChange } = args;
    const library = await loadLibrary();
    let mounted: Mounted | undefined;
    onDomChange(() => {
      const anchor = site.panelAnchor(document);
      const context = pageContext(site);
      const ref = objectRefOf(context);
      if (!anchor || !ref) return;
      const key = `${ref.origin}|${ref.objectKey}`;
      if (!mounted || mounted.key !== key || mounted.anchor !== anchor || mounted.session.lost()) {
        mounted?.stop.abort();
        const stop = new AbortController();
        const session = startPanelSession(args, library, anchor, ref, context, AbortSignal.any([signal, stop.signal]));
        mounted = { ref, key, anchor, session, stop, outline: '', tracked: '' };
      }
      if (args.page !== 'page-edit') updateCompliance(args, library, mounted, context.projectKey ?? context.spaceKey);
    });
  },
};
