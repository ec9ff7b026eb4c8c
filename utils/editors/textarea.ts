import { InsertError, type EditorStrategy } from './types';

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(element: HTMLElement): element is TextField {
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && ['text', 'search', ''].includes(element.type))
  );
}

/**
 * Jira DC's wiki-markup textarea and plain inputs. `execCommand('insertText')` keeps the undo history and
 * fires `input`; setRangeText is the fallback where it is refused (text-field-edit, atlassian-pages.md §5.3).
 */
export const textarea: EditorStrategy = {
  id: 'textarea',
  matches: isTextField,
  format: (site) => site.textFormat,
  async insert(element, { markup }) {
    if (!isTextField(element) || element.readOnly || element.disabled) throw new InsertError('not-editable');
    // The field keeps its own caret while our UI has focus, so focusing it back restores the position.
    element.focus();
    if (element.ownerDocument.execCommand('insertText', false, markup)) return;
    const start = element.selectionStart ?? element.value.length;
    element.setRangeText(markup, start, element.selectionEnd ?? start, 'end');
    element.dispatchEvent(new InputEvent('input', { bubbles: true, data: markup, inputType: 'insertText' }));
  },
};
