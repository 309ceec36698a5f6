import { accessibleName } from './accessible-name';
import { deepQueryAll } from './deep-query';
import { fire, simulateClick } from './events';
import { labelMatches } from './labels';
import { isTextControl, readControlValue, writeNativeValue } from './set-value';
import { byIdNear, textOf } from './text';
import { waitForElement } from './wait';

/**
 * Choosing from searchable comboboxes and custom listboxes: open, (filter),
 * click the option, read the result back. Options are matched exactly after
 * normalisation, like labels: "user.mail" never picks "user.mailnickname".
 * Options may be ARIA options (Fluent, in a layer at the end of <body>),
 * tree items (Knockout's azc dropdowns) or radio menu items. A Fluent
 * ComboBox opens only from its chevron button, not from its input.
 */

const OPTIONS = '[role="option"], [role="treeitem"], [role="menuitemradio"]';

export interface ChoiceResult {
  ok: boolean;
  /** What the control shows afterwards. */
  value: string;
  problem?: string;
}

export interface ChooseOptions {
  timeoutMs?: number;
}

function optionName(option: Element): string {
  return option.getAttribute('aria-label')?.trim() || textOf(option);
}

/** Options in the popup the control points at, else anywhere (popups are often portalled to <body>). */
function findOption(control: Element, optionText: string): Element | null {
  const popupIds = `${control.getAttribute('aria-controls') ?? ''} ${control.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean);
  const scopes: ParentNode[] = popupIds.map((id) => byIdNear(control, id)).filter((p): p is Element => p !== null);
  scopes.push(control.ownerDocument);
  for (const scope of scopes) {
    const match = deepQueryAll(scope, OPTIONS).find(
      (o) => o.getAttribute('aria-disabled') !== 'true' && labelMatches(optionName(o), [optionText]),
    );
    if (match) return match;
  }
  return null;
}

function shows(control: Element, optionText: string): boolean {
  return labelMatches(readControlValue(control), [optionText]) || labelMatches(accessibleValue(control), [optionText]);
}

// Listbox buttons show the choice as their text, which may also carry the field name via aria-label.
function accessibleValue(control: Element): string {
  return textOf(control) || accessibleName(control);
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function chooseInSelect(select: HTMLSelectElement, optionText: string): ChoiceResult {
  const index = Array.from(select.options).findIndex((o) => labelMatches(o.textContent ?? '', [optionText]));
  if (index < 0) return { ok: false, value: readControlValue(select), problem: `No option "${optionText}".` };
  select.selectedIndex = index;
  fire(select, 'input');
  fire(select, 'change');
  return verify(select, optionText);
}

function verify(control: Element, optionText: string): ChoiceResult {
  const value = readControlValue(control);
  return shows(control, optionText)
    ? { ok: true, value }
    : { ok: false, value, problem: `The control shows "${value}" after choosing "${optionText}".` };
}

/** The button that opens a combobox whose input does not: beside it, named like it (Fluent's chevron). */
function toggleButtonOf(control: Element): Element | null {
  const labelledBy = control.getAttribute('aria-labelledby');
  const wrapper = control.parentElement;
  if (!wrapper) return null;
  const buttons = Array.from(wrapper.querySelectorAll('button, [role="button"]')).filter((b) => b !== control);
  const named = buttons.find((b) => labelledBy && b.getAttribute('aria-labelledby') === labelledBy);
  // Otherwise only a button that looks like a dropdown's chevron; never some other action beside the field.
  return (
    named ??
    buttons.find((b) => /caret|chevron|dropdown|toggle|expand/i.test(`${b.className} ${b.getAttribute('aria-label') ?? ''}`)) ??
    null
  );
}

async function clickOption(control: Element, optionText: string, opts: ChooseOptions): Promise<ChoiceResult> {
  const timeoutMs = opts.timeoutMs ?? 3000;
  const root = control.ownerDocument;
  let option = await waitForElement(() => findOption(control, optionText), { root, timeoutMs: Math.min(400, timeoutMs) });
  const toggle = option ? null : toggleButtonOf(control);
  if (toggle) {
    simulateClick(toggle);
    option = await waitForElement(() => findOption(control, optionText), { root, timeoutMs });
  } else if (!option) {
    option = await waitForElement(() => findOption(control, optionText), { root, timeoutMs });
  }
  if (!option) {
    return { ok: false, value: readControlValue(control), problem: `The option "${optionText}" did not appear.` };
  }
  simulateClick(option);
  await settle();
  // Typed filter text already "shows" the option, so also require the popup to have closed.
  if (control.getAttribute('aria-expanded') === 'true') {
    return { ok: false, value: readControlValue(control), problem: `The list stayed open after choosing "${optionText}".` };
  }
  return verify(control, optionText);
}

/** A searchable combobox (role=combobox, possibly wrapping an input), or a native <select>. */
export async function chooseComboboxOption(combobox: Element, optionText: string, opts: ChooseOptions = {}): Promise<ChoiceResult> {
  if (combobox.tagName === 'SELECT') return chooseInSelect(combobox as HTMLSelectElement, optionText);
  if (shows(combobox, optionText)) return { ok: true, value: readControlValue(combobox) };
  simulateClick(combobox);
  const input = isTextControl(combobox) ? combobox : combobox.querySelector('input, textarea');
  if (input && isTextControl(input)) {
    // Type to filter: long option lists render only what matches.
    writeNativeValue(input, optionText);
    fire(input, 'input');
  }
  return clickOption(combobox, optionText, opts);
}

/** A custom dropdown: a button with aria-haspopup=listbox that opens a role=listbox. */
export async function chooseListboxOption(button: Element, optionText: string, opts: ChooseOptions = {}): Promise<ChoiceResult> {
  if (button.tagName === 'SELECT') return chooseInSelect(button as HTMLSelectElement, optionText);
  if (shows(button, optionText)) return { ok: true, value: readControlValue(button) };
  simulateClick(button);
  return clickOption(button, optionText, opts);
}
