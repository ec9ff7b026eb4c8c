import type { VNode } from 'preact';
import type { TemplateFeedbackPrompt } from '@/components/TemplateFeedbackPrompt';
import type { PickerProps } from '@/components/TemplatePicker';
import type { render, renderChecklist } from '@/utils/render';

/**
 * What the lazily injected page UI (entrypoints/page-ui.ts) offers the content script: the picker, the
 * renderer (marked + DOMPurify) and its own Preact render. They stay out of the script that loads on
 * every Atlassian page and arrive on first use.
 */
export interface PageUi {
  render: typeof render;
  renderChecklist: typeof renderChecklist;
  picker(props: PickerProps): VNode;
  feedbackPrompt(props: Parameters<typeof TemplateFeedbackPrompt>[0]): VNode;
  preact: (view: VNode | null, container: HTMLElement) => void;
}

declare global {
  // Shared by every script of this extension in the page's isolated world, never by the page itself.
  var __popsPageUi: PageUi | undefined;
}
