/**
 * Finds elements in the page the way Playwright's role/label/text locators do, inside open shadow
 * roots too. Puppeteer's `::-p-aria()` over BiDi asks Firefox's accessibility tree, which did not
 * reach into our shadow roots (tried on Firefox ESR 153), so the Firefox driver resolves roles here.
 *
 * Runs inside the page: it is sent as source (queryScript), so it must not use anything from outside
 * its own body. Supports the roles our UI and the fixtures use; unknown roles match [role] only.
 */
import type { By } from '../harness/driver';

export function queryDeep(by: By, from: ParentNode = document): Element[] {
  const IMPLICIT: Record<string, string> = {
    BUTTON: 'button', SUMMARY: 'button', SELECT: 'combobox', TEXTAREA: 'textbox', OPTION: 'option',
    H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
    DIALOG: 'dialog', FIELDSET: 'group', TABLE: 'table', TR: 'row', TD: 'cell', TH: 'columnheader',
    UL: 'list', OL: 'list', LI: 'listitem', NAV: 'navigation', MAIN: 'main', ARTICLE: 'article',
  };
  const INPUT_ROLES: Record<string, string> = {
    button: 'button', submit: 'button', reset: 'button', image: 'button', checkbox: 'checkbox', radio: 'radio',
    search: 'searchbox', text: 'textbox', email: 'textbox', url: 'textbox', tel: 'textbox', number: 'spinbutton',
  };
  const NAME_FROM_CONTENT = new Set(['button', 'link', 'option', 'heading', 'cell', 'columnheader', 'row', 'tab', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'radio', 'checkbox', 'switch', 'treeitem', 'tooltip']);
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

  const all = (root: ParentNode): Element[] => {
    const out: Element[] = [];
    const walk = (node: ParentNode) => {
      for (const child of Array.from(node.children)) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  };
  const hidden = (el: Element): boolean => {
    for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return true;
    }
    return !el.checkVisibility({ visibilityProperty: true });
  };
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    if (el.tagName === 'INPUT') return INPUT_ROLES[(el as HTMLInputElement).type] ?? 'textbox';
    if (el.tagName === 'A' && el.hasAttribute('href')) return 'link';
    if (el.tagName === 'SECTION' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) return 'region';
    return IMPLICIT[el.tagName] ?? '';
  };
  /** Text a name is computed from: aria-hidden and undisplayed parts (icons) do not count. */
  const textOf = (el: Element): string => {
    if (el.getAttribute('aria-hidden') === 'true' || (el instanceof HTMLElement && el.hidden)) return '';
    if (el instanceof HTMLImageElement) return el.alt;
    const nodes = Array.from((el.shadowRoot ?? el).childNodes);
    return nodes.map((node) => (node instanceof Element ? textOf(node) : node.nodeType === 3 ? (node.textContent ?? '') : '')).join('');
  };
  const nameOf = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return squash(labelledBy.split(/\s+/).map((id) => textOf(root.getElementById(id) ?? document.createElement('i'))).join(' '));
    }
    const label = squash(el.getAttribute('aria-label'));
    if (label) return label;
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return squash(Array.from(labels).map(textOf).join(' '));
    if (el.tagName === 'FIELDSET') return squash(el.querySelector(':scope > legend')?.textContent);
    if (el.tagName === 'TABLE') return squash((el as HTMLTableElement).caption?.textContent);
    if (NAME_FROM_CONTENT.has(roleOf(el))) return squash(textOf(el)) || squash(el.getAttribute('title'));
    return squash(el.getAttribute('title'));
  };
  const matches = (actual: string, wanted: string, exact: boolean) =>
    exact ? actual === wanted : actual.toLowerCase().includes(wanted.toLowerCase());

  let scope: ParentNode = from;
  if (by.within) {
    const [first] = queryDeep(by.within, from);
    if (!first) return [];
    scope = first;
  }
  const candidates = all(scope);
  if ('css' in by) return candidates.filter((el) => el.matches(by.css));
  const visible = candidates.filter((el) => !hidden(el));
  if ('role' in by) {
    return visible.filter(
      (el) => roleOf(el) === by.role && (by.name === undefined || matches(nameOf(el), by.name, by.exact ?? true)),
    );
  }
  if ('label' in by) {
    const controls = ['textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'spinbutton', 'listbox', 'slider'];
    return visible.filter((el) => controls.includes(roleOf(el)) && matches(nameOf(el), by.label, false));
  }
  // Text: the innermost elements whose text contains it, as getByText returns them.
  const withText = visible.filter((el) => matches(squash(textOf(el)), by.text, false));
  return withText.filter((el) => !withText.some((other) => other !== el && el.contains(other)));
}

/**
 * Source for `page.evaluateHandle(...)`: returns the matches as an array. The `__name` shim keeps
 * the function working when the test runner's transform wrapped its inner functions for names.
 */
export function queryScript(by: By): string {
  return `(() => { const __name = (f) => f; return (${queryDeep.toString()})(${JSON.stringify(by)}); })()`;
}
