import * as ko from 'knockout';
import { exposeJudge, markReady, type Judged } from './judge';

/**
 * Knockout "azc" markup for blades drawn in the shell's top document
 * (portal-dom-evidence.md 1, 4), as HTML with Knockout bindings:
 * `.fxc-weave-pccontrol` wrappers whose `label.azc-form-label` is a sibling of
 * the input's container (no `for`), a required balloon, an info balloon
 * button, the input deep in azc containers with a generated `_tsx_e_N` id and
 * an empty hidden label; `div[role=combobox]` with `div[role=treeitem]`
 * options; `div[role=button]` buttons; toolbar commands as `li[title]`.
 * Fields bind with `value`, which updates the model on `change` only.
 */

let nextId = 100;
/** Generated ids like the portal's `_tsx_e_123`. */
export const tsxId = (): string => `_tsx_e_${nextId++}`;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface LabelOptions {
  label: string;
  required?: boolean;
  /** Help text behind the info balloon. */
  info?: string;
}

export function labelContainer(o: LabelOptions, labelId = tsxId()): string {
  return `<div class="azc-form-labelcontainer"><label class="azc-form-label" id="${labelId}">${esc(o.label)}</label>${
    o.required ? '<div class="azc-required-balloon" aria-hidden="true"><span>*</span></div>' : ''
  }${o.info ? `<div class="azc-infoBalloon-icon" role="button" tabindex="0" title="${esc(o.info)}"><span aria-hidden="true">ⓘ</span></div>` : ''}</div>`;
}

export interface InputOptions {
  /** The Knockout binding of the input's value, e.g. "value: signOnUrl". */
  bind: string;
  /** The input's own aria-label, which often differs from the visible label (evidence 4). */
  ariaLabel?: string;
  /** Name the input by aria-labelledby these ids instead. */
  labelledBy?: string;
  placeholder?: string;
  type?: 'text' | 'password';
  readonly?: boolean;
}

/** The input in its azc containers, with the empty hidden label the portal puts after it. */
export function azcInput(o: InputOptions): string {
  const id = tsxId();
  const attrs = [
    `class="azc-input azc-formControl"`,
    `id="${id}"`,
    `type="${o.type ?? 'text'}"`,
    `data-bind="${esc(o.bind)}"`,
    o.ariaLabel ? `aria-label="${esc(o.ariaLabel)}"` : '',
    o.labelledBy ? `aria-labelledby="${esc(o.labelledBy)}"` : '',
    o.placeholder ? `placeholder="${esc(o.placeholder)}"` : '',
    o.readonly ? 'readonly' : '',
  ].filter(Boolean);
  return `<div class="azc-formElementSubLabelContainer"><div class="azc-formElementContainer"><div class="azc-textBox azc-validatableControl"><div class="azc-inputbox-wrapper"><input ${attrs.join(
    ' ',
  )}><label class="fxs-hide-accessible-label" for="${id}"></label></div></div></div></div>`;
}

/** A labelled text box: the label container, then the input's containers. */
export function azcTextBox(label: LabelOptions, input: InputOptions): string {
  return `<div class="fxc-weave-pccontrol fxc-section-control">${labelContainer(label)}${azcInput(input)}</div>`;
}

/**
 * A dropdown: `div[role=combobox]` showing the selected text, its options
 * `div[role=treeitem]` in a popup drawn under it while open. `model` names an
 * object on the view model with `open`, `selected`, `options` and `choose`.
 */
export function azcDropdown(label: LabelOptions, model: string, ariaLabel: string): string {
  return `<div class="fxc-weave-pccontrol fxc-section-control">${labelContainer(label)}
<div class="azc-formElementSubLabelContainer"><div class="azc-formElementContainer"><div class="azc-dropdown" data-bind="with: ${model}">
<div class="azc-dropdown-input" role="combobox" tabindex="0" aria-haspopup="tree" aria-label="${esc(ariaLabel)}" data-bind="click: toggle, attr: { 'aria-expanded': open() ? 'true' : 'false' }"><span class="azc-dropdown-value" data-bind="text: selected() || placeholder"></span><span aria-hidden="true">⌄</span></div>
<div class="azc-dropdown-popup" role="tree" data-bind="visible: open"><!-- ko foreach: options --><div class="azc-dropdown-item" role="treeitem" tabindex="-1" data-bind="text: $data, click: $parent.choose, attr: { 'aria-selected': $parent.selected() === $data ? 'true' : 'false' }"></div><!-- /ko --></div>
</div></div></div></div>`;
}

export interface DropdownModel {
  open: ko.Observable<boolean>;
  selected: ko.Observable<string>;
  options: string[];
  placeholder: string;
  toggle: () => void;
  choose: (option: string) => void;
}

export function dropdownModel(options: string[], selected: string, placeholder = ''): DropdownModel {
  const open = ko.observable(false);
  const value = ko.observable(selected);
  return {
    open,
    selected: value,
    options,
    placeholder,
    toggle: () => open(!open()),
    choose: (option) => {
      value(option);
      open(false);
    },
  };
}

/** Toolbar commands at the top of a blade: `li[title]` (evidence 4), no role. */
export function azcToolbar(commands: string[]): string {
  return `<ul class="azc-toolbar fxs-commandBar" role="toolbar">${commands
    .map((c) => `<li class="azc-toolbar-item" title="${esc(c)}" tabindex="0"><span class="azc-toolbar-label">${esc(c)}</span></li>`)
    .join('')}</ul>`;
}

/** A button as the blades draw them: `div.fxs-button[role=button][title]`. */
export function azcButton(text: string, bind = ''): string {
  return `<div class="fxs-button" role="button" tabindex="0" title="${esc(text)}"${bind ? ` data-bind="${esc(bind)}"` : ''}><span>${esc(text)}</span></div>`;
}

/** Draws `html` into the element with `id` in the top document and binds it to `vm`; the judge reads the view model. */
export function mountBlade(id: string, html: string, vm: object, judge: () => Judged): void {
  const host = document.getElementById(id);
  if (!host) throw new Error(`no element #${id} to draw the blade in`);
  host.innerHTML = html;
  ko.applyBindings(vm, host);
  exposeJudge(judge);
  markReady();
}
