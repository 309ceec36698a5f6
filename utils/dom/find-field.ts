import { accessibleNameCandidates } from './accessible-name';
import { deepQueryAll } from './deep-query';
import { labelMatches } from './labels';
import { isElement } from './text';

/** The kinds of control a feature asks for; each maps to the elements that can play it. */
export type FieldRole = 'textbox' | 'combobox' | 'file' | 'listbox-button' | 'checkbox' | 'radio' | 'button' | 'link';

const SELECTORS: Record<FieldRole, string> = {
  textbox:
    'input:not([type]), input[type="text"], input[type="url"], input[type="email"], input[type="search"], input[type="password"], input[type="tel"], input[type="number"], textarea, [role="textbox"]',
  combobox: '[role="combobox"], select',
  file: 'input[type="file"]',
  'listbox-button': '[aria-haspopup="listbox"]:not(input)',
  checkbox: 'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  radio: 'input[type="radio"], [role="radio"]',
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  link: 'a[href], [role="link"]',
};

const ANY_CONTROL = [
  SELECTORS.textbox,
  SELECTORS.combobox,
  SELECTORS.file,
  SELECTORS['listbox-button'],
  SELECTORS.checkbox,
  SELECTORS.radio,
].join(', ');

export interface FindFieldOptions {
  role?: FieldRole;
}

function isHidden(el: Element): boolean {
  if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  // Not aria-hidden: modal panes set it on the page behind them, which stays readable.
  return el.closest('[hidden]') !== null;
}

/** A role=combobox input is a combobox, not a textbox; keep the two apart. */
function playsRole(el: Element, role: FieldRole | undefined): boolean {
  if (role === 'textbox') return el.getAttribute('role') === null || el.getAttribute('role') === 'textbox';
  if (role === 'button') return el.getAttribute('aria-haspopup') !== 'listbox';
  return true;
}

/** Every control in `scope` (and its frames and open shadow roots) whose name matches exactly. */
export function findFields(scope: ParentNode, variants: readonly string[], opts: FindFieldOptions = {}): Element[] {
  const selector = opts.role ? SELECTORS[opts.role] : ANY_CONTROL;
  return deepQueryAll(scope, selector).filter(
    (el) =>
      isElement(el) &&
      !isHidden(el) &&
      playsRole(el, opts.role) &&
      accessibleNameCandidates(el).some((name) => labelMatches(name, variants)),
  );
}

/**
 * The first control in `scope` named by one of `variants`. Callers pass the
 * pane or section element so look-alike labels elsewhere are never hit.
 */
export function findField(scope: ParentNode, variants: readonly string[], opts: FindFieldOptions = {}): Element | null {
  return findFields(scope, variants, opts)[0] ?? null;
}
