import { GateWarning } from '@/components/checklists/GateWarning';
import { gateDecision, type GateWarning as Warning } from '@/utils/checklists/gate';
import { outlineOf } from '@/utils/checklists/page-outline';
import { ticksFor } from '@/utils/checklists/progress';
import { requestReview } from '@/utils/checklists/review-requests';
import { selectChecklists } from '@/utils/checklists/select';
import { loadStates, objectRefOf } from '@/utils/checklists/state-client';
import { projectDim } from '@/utils/insert/insert-rendered';
import { loadLibrary } from '@/utils/insert/library';
import { pageContext } from '@/utils/insert/page-context';
import { findPlaceholders } from '@/utils/render/placeholders';
import { mountUi } from '@/utils/runtime/mount-ui';
import type { Template } from '@/utils/schemas/template';
import type { Feature, FeatureArgs } from './types';

const GATE_ID = 'dor-gate';

/** What the page looks like at the moment of the click, read before the page's own handler re-renders it. */
function snapshot(args: FeatureArgs, trigger: HTMLElement) {
  const context = pageContext(args.site);
  return {
    target: trigger.textContent?.trim() ?? '',
    context,
    ref: objectRefOf(context),
    placeholders: findPlaceholders(outlineOf(args.site.pageBody?.(document)).text),
  };
}

async function decide(library: readonly Template[], shot: ReturnType<typeof snapshot>): Promise<Warning | null> {
  const states = shot.ref ? await loadStates(shot.ref) : [];
  const byId = new Map(states.map((state) => [state.checklistId, state]));
  const { shown } = selectChecklists(library, shot.context, [...byId.keys()]);
  const checklists = shown.map((checklist) => ({ checklist, ticks: ticksFor(checklist, byId.get(checklist.id)) }));
  return gateDecision(shot.target, checklists, shot.placeholders);
}

/**
 * Soft Definition-of-Ready gate: a transition with mandatory items open, or placeholders left in the
 * description, gets a notice. It listens in the capture phase and never calls preventDefault, so
 * Jira's own transition always goes ahead; "Proceed anyway" is recorded.
 */
export const dorGate: Feature = {
  id: 'dor-gate',
  sites: ['jira-cloud', 'jira-dc'],
  pages: ['issue'],
  async init(args) {
    const { site, signal } = args;
    if (!site.transitionTrigger) return;
    const library = await loadLibrary();
    let notice: AbortController | undefined;

    const show = async (shot: ReturnType<typeof snapshot>) => {
      const warning = await decide(library, shot);
      if (!warning || signal.aborted) return;
      notice?.abort();
      const current = new AbortController();
      notice = current;
      const fields = {
        site: site.id,
        ...projectDim(shot.context),
        checklistIds: warning.open.map((o) => o.checklist.id),
        placeholders: warning.placeholders.length,
      };
      const ui = await mountUi({
        ctx: args.ctx,
        signal: AbortSignal.any([signal, current.signal]),
        featureId: GATE_ID,
        anchor: document.body,
        view: (
          <GateWarning
            warning={warning}
            onProceed={() => {
              args.track({ type: 'gate_overridden', ...fields });
              current.abort();
            }}
            onReview={() => {
              current.abort();
              const first = warning.open[0];
              if (first) requestReview(first.checklist.id);
            }}
          />
        ),
      });
      if (ui) args.track({ type: 'gate_warning_shown', ...fields });
    };

    document.addEventListener(
      'click',
      (event) => {
        const trigger = event.target instanceof Element ? site.transitionTrigger?.(event.target) : null;
        if (!trigger) return;
        show(snapshot(args, trigger)).catch((error: unknown) =>
          console.warn('[Product Ops Kit] checklist gate skipped:', (error as Error).message),
        );
      },
      { capture: true, signal },
    );
  },
};
