import type { FeatureArgs } from '@/utils/features/types';
import { mountUi } from '@/utils/runtime/mount-ui';
import type { PageUi } from '@/utils/runtime/page-ui-contract';
import { sendWithRetry } from '@/utils/runtime/send-queue';
import type { Template } from '@/utils/schemas/template';
import { projectDim } from './insert-rendered';
import type { InsertContext } from './page-context';

/** The feedback service that template ratings count against (utils/services/defaults.ts). */
const TEMPLATES_SERVICE = 'templates';
const THANKS_MS = 4000;

/**
 * After an insert, maybe ask one CES question about the template. The background decides (cool-down per
 * template version, daily cap, "don't ask again", admin switch); the page only shows what it is told to.
 */
export async function offerTemplateFeedback(
  args: FeatureArgs,
  template: Template,
  anchor: Element,
  ui: PageUi,
  context: InsertContext,
): Promise<void> {
  const ref = { templateId: template.id, templateVersion: template.version };
  const decision = await sendWithRetry('getPromptDecision', ref).catch(() => null);
  if (!decision?.show || args.signal.aborted) return;
  await sendWithRetry('recordPromptShown', ref);
  const prompt = new AbortController();
  args.signal.addEventListener('abort', () => prompt.abort(), { once: true });
  await mountUi({
    ctx: args.ctx,
    signal: prompt.signal,
    featureId: 'template-feedback',
    anchor,
    render: ui.preact,
    view: ui.feedbackPrompt({
      templateName: template.name,
      async onRate(score) {
        await sendWithRetry('submitFeedback', { serviceId: TEMPLATES_SERVICE, score, ...ref, site: args.site.id, ...projectDim(context) });
        setTimeout(() => prompt.abort(), THANKS_MS);
      },
      onNeverAsk() {
        prompt.abort();
        void sendWithRetry('saveUsageSettings', { prompts: { neverAsk: true } });
      },
      onClose: () => prompt.abort(),
    }),
  });
}
