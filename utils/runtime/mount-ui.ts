import { render as preactRender, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '@/components/in-page.css?inline';
import { followPageTheme } from './page-theme';
import { acceptUserEventsOnly } from './user-events';

export interface MountOptions {
  ctx: ContentScriptContext;
  signal: AbortSignal;
  /** Marks the host as ours (`data-pops`) so a second mount on the same anchor is skipped. */
  featureId: string;
  anchor: Element;
  position?: 'inline' | 'modal';
  view: VNode;
  /**
   * Preact's render from the bundle that created `view`. The lazily injected page UI (entrypoints/page-ui.ts)
   * carries its own Preact, whose hooks only work under its own render.
   */
  render?: (view: VNode | null, container: HTMLElement) => void;
}

export type MountedUi = ShadowRootContentScriptUi<void>;

/**
 * WXT's `:host { all: initial !important }` beats the z-index it sets inline on the host, and a modal's shadow
 * <html> is position: fixed, hence its own stacking context; so the layer is lifted there, above the page.
 */
const MODAL_LAYER = 'html { z-index: 2147483000; }';

/** Mounts still waiting for their CSS, so two DOM ticks in a row can't both mount on one anchor. */
const pending = new WeakMap<Element, Set<string>>();

function alreadyMounted(anchor: Element, featureId: string): boolean {
  return (
    !!pending.get(anchor)?.has(featureId) ||
    [...anchor.children].some((child) => child.getAttribute('data-pops') === featureId)
  );
}

/**
 * Renders a Preact view into an open shadow root appended inside `anchor`. Inside, not next to it: when the
 * host page re-renders the anchor, our UI goes with it instead of being orphaned. Key events stay inside
 * (`isolateEvents`) because Jira has single-key shortcuts.
 */
export async function mountUi(options: MountOptions): Promise<MountedUi | null> {
  const { ctx, signal, featureId, anchor, view, render = preactRender } = options;
  if (signal.aborted || alreadyMounted(anchor, featureId)) return null;
  const waiting = pending.get(anchor) ?? new Set<string>();
  pending.set(anchor, waiting.add(featureId));
  let ui: MountedUi;
  let unfollowTheme: (() => void) | undefined;
  try {
    ui = await createShadowRootUi(ctx, {
      name: `pops-${featureId}`,
      // Inlined rather than fetched per mount: no request per button, and no web-accessible CSS for DC origins.
      css: options.position === 'modal' ? css + MODAL_LAYER : css,
      position: options.position === 'modal' ? 'modal' : 'inline',
      anchor,
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'paste', 'copy', 'cut'],
      onMount(container, shadow, host) {
        host.dataset.pops = featureId;
        acceptUserEventsOnly(shadow);
        unfollowTheme = followPageTheme(host);
        render(view, container);
      },
      onRemove() {
        unfollowTheme?.();
        render(null, ui.uiContainer);
      },
    });
  } finally {
    waiting.delete(featureId);
  }
  // createShadowRootUi awaits CSS; the page may have moved on meanwhile.
  if (signal.aborted || alreadyMounted(anchor, featureId) || !anchor.isConnected) return null;
  ui.mount();
  signal.addEventListener('abort', () => ui.remove(), { once: true });
  return ui;
}
