/**
 * The one message protocol between content scripts / popup / options and the background.
 * Commands are `verbNoun`, queries `getNoun`. Every handler zod-parses its payload, so the
 * parameter types here are what a well-behaved sender passes, not a trust boundary.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod/mini';
import type { ImportRecord } from './db';
import type { ImportResult } from './library/import-export';
import type { LibraryState } from './library/library';
import type { TeamStatus } from './library/team';
import type { DuplicateChoice } from './schemas/library';
import type { Template } from './schemas/template';
import type { AdoptionStats, getWeeklyUsage } from './metrics/stats';
import type { DeliveryResult } from './outbox/deliver';
import type { getSyncStatus } from './outbox/status';
import type { PromptDecision } from './feedback/prompt-caps';
import type { ChecklistState, SaveChecklistTickInput, recordComplianceInputSchema } from './schemas/checklist-state';
import type { TrackBatch, UsageEvent } from './schemas/events';
import type { DcOriginStatus } from './dc-origins/store';
import type { Service, SubmitFeedbackInput } from './schemas/feedback';
import type { ServiceSettings } from './services/effective';
import type { PromptSettings, SyncSettingsView, UsageSettings, saveSyncSettingsInputSchema, saveUsageSettingsInputSchema } from './schemas/settings';
import type { StatsFilters, UsageExport } from './schemas/usage';

type PromptRef = { templateId: string; templateVersion: number };

export interface ProtocolMap {
  // usage events and dashboard
  /** Content scripts send a keyed batch (TrackBatch) so a resend after a lost reply stores nothing twice. */
  trackEvents(events: UsageEvent[] | TrackBatch): { stored: number };
  getAdoptionStats(filters: StatsFilters): AdoptionStats;
  getWeeklyUsage(input?: { weeks?: number }): Awaited<ReturnType<typeof getWeeklyUsage>>;
  exportUsage(): UsageExport;
  importUsage(input: { fileName?: string; json: string }): { id: string; installId: string; events: number; duplicates: number };
  getImports(): ImportRecord[];
  removeImport(input: { id: string }): { removed: boolean };
  getUsageSettings(): { usage: UsageSettings; prompts: PromptSettings };
  saveUsageSettings(input: z.input<typeof saveUsageSettingsInputSchema>): { usage: UsageSettings; prompts: PromptSettings };
  // checklists
  recordCompliance(input: z.input<typeof recordComplianceInputSchema>): { recorded: boolean };
  getChecklistState(ref: { origin: string; objectKey: string; checklistId: string }): ChecklistState | null;
  getChecklistStates(ref: { origin: string; objectKey: string }): ChecklistState[];
  saveChecklistTick(input: SaveChecklistTickInput): ChecklistState;
  // feedback
  getServices(): Service[];
  /** The options page's view: the list plus whether an admin policy enforces it (read-only). */
  getServiceSettings(): ServiceSettings;
  saveServices(services: Service[]): Service[];
  submitFeedback(input: SubmitFeedbackInput): { id: string };
  submitComment(input: { feedbackId: string; comment: string; pageUrl?: string }): { id: string };
  /** Replaces the score of a rating within the popup's undo window (no second rating is counted). */
  updateFeedback(input: { feedbackId: string; score: number }): { id: string; score: number };
  getPromptDecision(ref: PromptRef): PromptDecision;
  recordPromptShown(ref: PromptRef): { recorded: true };
  // delivery to the optional collector
  getSyncSettings(): SyncSettingsView;
  saveSyncSettings(input: z.input<typeof saveSyncSettingsInputSchema>): SyncSettingsView;
  getSyncStatus(): Awaited<ReturnType<typeof getSyncStatus>>;
  flushOutbox(): DeliveryResult;
  /** "Send now": like flushOutbox, but also retries items waiting out their backoff. */
  retryOutboxNow(): DeliveryResult;
  // self-hosted (Data Center) origins
  getDcOrigins(): DcOriginStatus[];
  addDcOrigin(input: { origin: string }): DcOriginStatus;
  removeDcOrigin(input: { origin: string }): { removed: true };
  // template library (utils/library): merged, already-validated templates and the options page's management
  getTemplates(): Template[];
  getLibraryState(): LibraryState;
  /** Draft without id creates; with a personal id edits (version bumped). id/version/updatedAt/source are set by the background. */
  savePersonalTemplate(input: { template: Record<string, unknown> }): Template;
  deletePersonalTemplate(input: { id: string }): { removed: boolean };
  importPersonalTemplates(input: { json: string; onDuplicate?: DuplicateChoice }): ImportResult;
  exportPersonalTemplates(): { fileName: string; json: string };
  /** null = back to the policy default; '' = no team library. */
  setTeamLibraryUrl(input: { url: string | null }): TeamStatus;
  refreshTeamLibrary(): TeamStatus;
  // handled by the content script: open the template picker on the focused (or first) editor
  openPicker(): { opened: boolean };
  // the in-page picker shortcut (default Alt+Shift+T)
  getPickerShortcut(): string;
  savePickerShortcut(input: { shortcut: string }): string;
  // template suggestions, dismissed per project or space
  isSuggestionDismissed(input: { scope: string }): boolean;
  dismissSuggestion(input: { scope: string }): { dismissed: true };
  /** Inserts sanitised HTML through the page's own TinyMCE API (utils/editors/tinymce-api.ts); false = not there. */
  insertIntoTinymce(input: { editorId: string; html: string }): boolean;
  /** Injects the picker and renderer into the asking frame on first use (utils/runtime/page-ui.ts). */
  loadPageUi(): { loaded: true };
}

export type MessageType = keyof ProtocolMap;

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
