/** A keyboard shortcut such as "Alt+Shift+T": modifiers plus one letter or digit, matched by physical key. */
export interface Shortcut {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  /** KeyboardEvent.code, e.g. "KeyT": layout-independent, and not changed by Alt on macOS. */
  code: string;
}

export const DEFAULT_SHORTCUT = 'Alt+Shift+T';

const MODIFIERS: Record<string, keyof Omit<Shortcut, 'code'>> = {
  alt: 'alt',
  option: 'alt',
  ctrl: 'ctrl',
  control: 'ctrl',
  shift: 'shift',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
};

/** Null for anything that is not a shortcut, or one that would fire while typing (no Alt, Ctrl or Meta). */
export function parseShortcut(text: string): Shortcut | null {
  const parts = text.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop() ?? '';
  const shortcut: Shortcut = { alt: false, ctrl: false, shift: false, meta: false, code: '' };
  for (const part of parts) {
    const modifier = MODIFIERS[part];
    if (!modifier || shortcut[modifier]) return null;
    shortcut[modifier] = true;
  }
  if (/^[a-z]$/.test(key)) shortcut.code = `Key${key.toUpperCase()}`;
  else if (/^[0-9]$/.test(key)) shortcut.code = `Digit${key}`;
  else return null;
  return shortcut.alt || shortcut.ctrl || shortcut.meta ? shortcut : null;
}

export function formatShortcut(shortcut: Shortcut): string {
  const key = shortcut.code.replace(/^(Key|Digit)/, '');
  return [shortcut.ctrl && 'Ctrl', shortcut.meta && 'Meta', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === shortcut.alt &&
    event.ctrlKey === shortcut.ctrl &&
    event.shiftKey === shortcut.shift &&
    event.metaKey === shortcut.meta
  );
}
