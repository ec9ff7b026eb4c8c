import { z } from 'zod/mini';
import { formatShortcut, parseShortcut } from '@/utils/insert/shortcut';

/** The in-page picker shortcut, stored normalised ("ctrl+alt+p" → "Ctrl+Alt+P"). */
export const pickerShortcutSchema = z.pipe(
  z.string().check(z.maxLength(40)),
  z.transform((text, ctx) => {
    const shortcut = parseShortcut(text);
    if (shortcut) return formatShortcut(shortcut);
    ctx.issues.push({
      code: 'custom',
      input: text,
      message: 'use modifiers plus one letter or digit, with Alt, Ctrl or Meta, e.g. Alt+Shift+T',
    });
    return z.NEVER;
  }),
);
