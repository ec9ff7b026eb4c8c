import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut, parseShortcut } from '@/utils/insert/shortcut';
import { pickerShortcutSchema } from '@/utils/schemas/shortcut';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('picker shortcut', () => {
  it('parses modifiers in any order and case, and matches the physical key', () => {
    const shortcut = parseShortcut('shift+ALT+t')!;
    expect(formatShortcut(shortcut)).toBe('Alt+Shift+T');
    expect(matchesShortcut(key({ code: 'KeyT', altKey: true, shiftKey: true }), shortcut)).toBe(true);
    expect(matchesShortcut(key({ code: 'KeyT', altKey: true }), shortcut)).toBe(false);
    expect(matchesShortcut(key({ code: 'KeyT', altKey: true, shiftKey: true, ctrlKey: true }), shortcut)).toBe(false);
    expect(formatShortcut(parseShortcut('Cmd+Option+7')!)).toBe('Meta+Alt+7');
  });

  it('refuses what would fire while typing or is not one key', () => {
    for (const text of ['T', 'Shift+T', 'Alt+Shift', 'Alt+Enter', 'Alt+Alt+T', 'Hyper+T', '', 'Alt+TT']) {
      expect(parseShortcut(text), text).toBeNull();
    }
  });

  it('validates and normalises what is stored, with a readable error', () => {
    expect(pickerShortcutSchema.parse('ctrl+alt+p')).toBe('Ctrl+Alt+P');
    const result = pickerShortcutSchema.safeParse('Shift+T');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('Alt+Shift+T');
  });
});
