import type { EditorStrategy } from '@/utils/editors/types';
import type { FeatureArgs } from '@/utils/features/types';
import type { EditorSlot } from '@/utils/sites/types';
import type { InsertContext } from './page-context';

/** Everything one "Insert template" interaction needs, captured when the user asks for the picker. */
export interface InsertSession {
  args: FeatureArgs;
  slot: EditorSlot;
  editor: HTMLElement;
  strategy: EditorStrategy;
  /** The user's caret, taken before our dialog moved focus away from the editor. */
  caret: Range | null;
  context: InsertContext;
}
