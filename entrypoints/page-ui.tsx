import { render as preact } from 'preact';
import { TemplateFeedbackPrompt } from '@/components/TemplateFeedbackPrompt';
import { TemplatePicker } from '@/components/TemplatePicker';
import { render, renderChecklist } from '@/utils/render';
import type { PageUi } from '@/utils/runtime/page-ui-contract';

/**
 * Injected on first use by the background (utils/insert/page-ui-loader.ts) into the content script's
 * isolated world; see utils/runtime/page-ui-contract.ts for why it is separate.
 */
export default defineUnlistedScript(() => {
  const ui: PageUi = {
    render,
    renderChecklist,
    picker: (props) => <TemplatePicker {...props} />,
    feedbackPrompt: (props) => <TemplateFeedbackPrompt {...props} />,
    preact,
  };
  globalThis.__popsPageUi = ui;
});
