/** Background handlers for feedback services, ratings and the in-page prompt caps. */
import { z } from 'zod/mini';
import { decidePrompt, withPromptShown } from '../feedback/prompt-caps';
import { submitComment, submitFeedback } from '../feedback/submit';
import { CHANGE_HOLD_MS, updateFeedback } from '../feedback/update';
import type { BackgroundDeps } from '../metrics/deps';
import { onMessage } from '../messaging';
import { idSchema, versionSchema } from '../schemas/events';
import { servicesSchema } from '../schemas/feedback';
import { InvalidInputError, parseOrThrow } from '../schemas/parse';
import { promptHistoryItem, readPromptHistory, readPromptSettings, servicesItem } from '../settings';
import { readServiceSettings } from './effective';

const noPayload = z.optional(z.undefined());
const promptRefSchema = z.strictObject({ templateId: idSchema, templateVersion: versionSchema });

export function registerServiceHandlers(deps: BackgroundDeps): void {
  onMessage('getServices', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return (await readServiceSettings()).services;
  });
  onMessage('getServiceSettings', async ({ data }) => {
    parseOrThrow(noPayload, data, 'input');
    return readServiceSettings();
  });
  onMessage('saveServices', async ({ data }) => {
    const services = parseOrThrow(servicesSchema, data, 'services');
    if ((await readServiceSettings()).managed) throw new InvalidInputError(['services: set by your administrator (managed policy) and read-only']);
    await servicesItem.setValue(services);
    return services;
  });
  onMessage('submitFeedback', async ({ data }) => {
    const result = await submitFeedback(await deps.db(), data, (await readServiceSettings()).services, deps.clock, { holdMs: CHANGE_HOLD_MS });
    deps.onEnqueued();
    return result;
  });
  onMessage('updateFeedback', async ({ data }) => updateFeedback(await deps.db(), data, deps.clock));
  onMessage('submitComment', async ({ data }) => {
    const result = await submitComment(await deps.db(), data, deps.clock);
    deps.onEnqueued();
    return result;
  });
  onMessage('getPromptDecision', async ({ data }) => {
    const ref = parseOrThrow(promptRefSchema, data, 'prompt');
    return decidePrompt({
      templateId: ref.templateId,
      version: ref.templateVersion,
      now: deps.clock.now(),
      settings: await readPromptSettings(),
      history: await readPromptHistory(),
      adminDisabled: await deps.promptsDisabledByAdmin(),
    });
  });
  onMessage('recordPromptShown', async ({ data }) => {
    const ref = parseOrThrow(promptRefSchema, data, 'prompt');
    const history = withPromptShown(await readPromptHistory(), ref.templateId, ref.templateVersion, deps.clock.now());
    await promptHistoryItem.setValue(history);
    return { recorded: true as const };
  });
}
