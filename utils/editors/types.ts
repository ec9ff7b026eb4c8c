import type { RenderFormat } from '@/utils/render';
import type { SiteAdapter } from '@/utils/sites/types';

export type EditorId = 'prosemirror' | 'tinymce' | 'textarea' | 'contenteditable';

/** The rendered template in the strategy's format, plus a plain-text companion for clipboard readers. */
export interface InsertContent {
  markup: string;
  text: string;
}

export interface EditorStrategy {
  id: EditorId;
  matches(element: HTMLElement): boolean;
  /** Which render format this editor consumes on the given site. */
  format(site: SiteAdapter): RenderFormat;
  /** Inserts at `caret` when it lies inside the editor, else at the end. Throws InsertError. */
  insert(element: HTMLElement, content: InsertContent, caret: Range | null): Promise<void>;
}

/** A reason code only: insert failures are reported without page content (metrics issue). */
export class InsertError extends Error {
  constructor(readonly reason: 'paste-ignored' | 'not-editable' | 'exec-failed') {
    super(`Insert failed: ${reason}`);
  }
}
