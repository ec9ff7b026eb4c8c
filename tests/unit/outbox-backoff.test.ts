import { describe, expect, it } from 'vitest';
import { decidePrompt, withPromptShown } from '@/utils/feedback/prompt-caps';
import { BACKOFF_CAP_MS, nextDelay } from '@/utils/outbox/backoff';

describe('nextDelay', () => {
  it('doubles from 30 s with equal jitter (half fixed, half random)', () => {
    expect([1, 2, 3, 4].map((a) => nextDelay(a, 0))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect([1, 2, 3, 4].map((a) => nextDelay(a, 0.999_999))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(nextDelay(2, 0.5)).toBe(45_000);
  });

  it('is capped at 6 h however many attempts, and tolerates out-of-range random input', () => {
    expect(nextDelay(40, 1)).toBe(BACKOFF_CAP_MS);
    expect(nextDelay(40, 0)).toBe(BACKOFF_CAP_MS / 2);
    expect(nextDelay(1, 7)).toBe(30_000);
    expect(nextDelay(1, -1)).toBe(15_000);
  });
});

describe('feedback prompt caps', () => {
  const settings = { neverAsk: false, globalCapPerDay: 1, cooldownDays: 14 };
  const empty = { byTemplateVersion: {}, shownAt: [] };
  const base = { templateId: 'prd', version: 3, settings, adminDisabled: false };
  const day = (d: number) => new Date(Date.UTC(2025, 2, d, 9));

  it('asks once per template version within 14 days', () => {
    const history = withPromptShown(empty, 'prd', 3, day(1));
    expect(decidePrompt({ ...base, history, now: day(14) })).toEqual({ show: false, reason: 'cooldown' });
    expect(decidePrompt({ ...base, history, now: day(15) })).toEqual({ show: true });
    expect(decidePrompt({ ...base, version: 4, history, now: day(2) })).toEqual({ show: true });
  });

  it('applies the global daily cap across templates', () => {
    const history = withPromptShown(empty, 'bug', 1, day(1));
    expect(decidePrompt({ ...base, history, now: new Date(day(1).getTime() + 3600_000) })).toEqual({ show: false, reason: 'daily_cap' });
    expect(decidePrompt({ ...base, history, now: day(2) })).toEqual({ show: true });
    expect(decidePrompt({ ...base, settings: { ...settings, globalCapPerDay: 2 }, history, now: day(1) })).toEqual({ show: true });
  });

  it('honours "don\'t ask again" and the admin switch before anything else', () => {
    expect(decidePrompt({ ...base, settings: { ...settings, neverAsk: true }, history: empty, now: day(1) })).toEqual({ show: false, reason: 'never_ask' });
    expect(decidePrompt({ ...base, adminDisabled: true, history: empty, now: day(1) })).toEqual({ show: false, reason: 'admin_disabled' });
  });

  it('keeps the history bounded', () => {
    let history = withPromptShown(empty, 'old', 1, new Date(Date.UTC(2023, 0, 1)));
    for (let i = 0; i < 150; i++) history = withPromptShown(history, 'prd', i + 1, day(1));
    expect(history.shownAt).toHaveLength(100);
    expect(history.byTemplateVersion['old@1']).toBeUndefined();
  });
});
