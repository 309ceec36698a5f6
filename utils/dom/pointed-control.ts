import { accessibleName, accessibleNameCandidates } from './accessible-name';
import { findFields, type FieldRole } from './find-field';
import { textOf } from './text';

/**
 * What the admin pointed at when the assistant asked "point at the field":
 * the form control under the click, the kind of control it is, the name the
 * page engine would find it by, and the section it sits in.
 */

export type PointedKind = 'textbox' | 'combobox' | 'listbox-button';

const KINDS: readonly [PointedKind, string][] = [
  ['combobox', '[role="combobox"], select'],
  ['listbox-button', '[aria-haspopup="listbox"]:not(input)'],
  [
    'textbox',
    'input:not([type]), input[type="text"], input[type="url"], input[type="email"], input[type="search"], input[type="password"], input[type="tel"], input[type="number"], textarea, [role="textbox"]',
  ],
];

export interface PointedControl {
  el: Element;
  kind: PointedKind;
}

/** The control a click landed on (or inside, for a wrapped input); null for anything else. */
export function pointedControl(target: EventTarget | null): PointedControl | null {
  if (!target || (target as Node).nodeType !== 1) return null;
  const el = target as Element;
  for (const [kind, selector] of KINDS) {
    const hit = el.closest(selector);
    if (hit && !(hit.tagName === 'INPUT' && (hit as HTMLInputElement).disabled)) return { el: hit, kind };
  }
  return null;
}

// A required mark or a colon after the words: matching folds them away (./labels.ts), so they are not worth keeping.
const TRAILING_MARKS = /(?:\s*[*:])+\s*$/u;

/**
 * The name to remember for the control: its first name candidate that finds
 * it again inside `scope` (so next time the same lookup succeeds), without
 * trailing marks, or null when it has none that does.
 */
export function findableName(control: PointedControl, scope: ParentNode): string | null {
  const role: FieldRole = control.kind;
  for (const candidate of accessibleNameCandidates(control.el)) {
    const name = candidate.replace(TRAILING_MARKS, '').trim();
    if (name && findFields(scope, [name], { role }).includes(control.el)) return name;
  }
  return null;
}

const SECTIONS =
  'section[aria-label], section[aria-labelledby], [role="region"], [role="dialog"], [role="form"], form[aria-label], fieldset, [data-contenttitle]';

function sectionTitle(el: Element): string {
  if (el.tagName === 'FIELDSET') {
    const legend = el.querySelector(':scope > legend');
    if (legend) return textOf(legend).trim();
  }
  return el.getAttribute('data-contenttitle') ?? accessibleName(el);
}

/** The title of the nearest named section around `el`, no further out than `within`; '' when none is named. */
export function sectionNameOf(el: Element, within: Element): string {
  for (let at = el.parentElement; at; at = at.parentElement) {
    if (at.matches(SECTIONS)) {
      const name = sectionTitle(at).replace(/\s+/g, ' ').trim();
      if (name) return name;
    }
    if (at === within) break;
  }
  return '';
}
