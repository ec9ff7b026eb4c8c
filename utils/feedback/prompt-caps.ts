/**
 * Whether an in-page "how easy was that?" prompt may show after a template insert. Asking too
 * often ruins the answers: once per template version per 14 days, a global daily cap, the user's
 * "don't ask again" and an admin switch.
 */
import type { PromptHistory, PromptSettings } from '../schemas/settings';

const DAY_MS = 24 * 3600 * 1000;
const HISTORY_LIMIT = 100;

export type PromptDecision =
  | { show: true }
  | { show: false; reason: 'admin_disabled' | 'never_ask' | 'cooldown' | 'daily_cap' };

export const promptKey = (templateId: string, version: number) => `${templateId}@${version}`;

export function decidePrompt(args: {
  templateId: string;
  version: number;
  now: Date;
  settings: PromptSettings;
  history: PromptHistory;
  adminDisabled: boolean;
}): PromptDecision {
  const { settings, history, now } = args;
  if (args.adminDisabled) return { show: false, reason: 'admin_disabled' };
  if (settings.neverAsk) return { show: false, reason: 'never_ask' };
  const last = history.byTemplateVersion[promptKey(args.templateId, args.version)];
  if (last && now.getTime() - Date.parse(last) < settings.cooldownDays * DAY_MS) return { show: false, reason: 'cooldown' };
  const shownToday = history.shownAt.filter((at) => now.getTime() - Date.parse(at) < DAY_MS).length;
  if (shownToday >= settings.globalCapPerDay) return { show: false, reason: 'daily_cap' };
  return { show: true };
}

export function withPromptShown(history: PromptHistory, templateId: string, version: number, now: Date): PromptHistory {
  const at = now.toISOString();
  // Entries older than a year can no longer block anything (cool-down ≤ 365 days), so drop them.
  const recent = Object.entries(history.byTemplateVersion).filter(([, t]) => now.getTime() - Date.parse(t) < 365 * DAY_MS);
  return {
    byTemplateVersion: { ...Object.fromEntries(recent), [promptKey(templateId, version)]: at },
    shownAt: [...history.shownAt, at].slice(-HISTORY_LIMIT),
  };
}
