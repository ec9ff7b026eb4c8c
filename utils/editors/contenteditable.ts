import { mutatesDuring, placeCaret } from './selection';
import { InsertError, type EditorStrategy } from './types';

/** Any other rich field on a supported page: the browser's own insertHTML, which the page sees as typing. */
export const contenteditable: EditorStrategy = {
  id: 'contenteditable',
  matches: (element) => element.isContentEditable,
  format: () => 'html',
  async insert(element, { markup }, caret) {
    element.focus();
    placeCaret(element, caret);
    const doc = element.ownerDocument;
    const inserted = await mutatesDuring(element, () => doc.execCommand('insertHTML', false, markup));
    if (!inserted) throw new InsertError('exec-failed');
  },
};
