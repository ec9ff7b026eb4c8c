import { contenteditable } from './contenteditable';
import { prosemirror } from './prosemirror';
import { textarea } from './textarea';
import { tinymce } from './tinymce';
import type { EditorStrategy } from './types';

/** Most specific first: the generic contenteditable strategy would match every rich editor. */
export const editorStrategies: readonly EditorStrategy[] = [prosemirror, tinymce, textarea, contenteditable];

export function strategyFor(element: HTMLElement): EditorStrategy | undefined {
  return editorStrategies.find((strategy) => strategy.matches(element));
}
