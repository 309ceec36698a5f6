/**
 * The Knockout "azc" form controls, drawn the way the evidence shows them
 * (portal-dom-evidence.md point 4): a `.fxc-weave-pccontrol` wrapper whose
 * label is a sibling of the input's container (never <label for>), a required
 * balloon, an info balloon button, the input deep in azc containers with a
 * generated id and an empty hidden label; `div[role=combobox]` with
 * `div[role=treeitem]` options; `li[role=radio]` pickers; `div[role=button]`
 * buttons; toolbar commands as `li[title]`. Models update the way Knockout's
 * bindings do: `value` on change, `textInput` on input.
 */
import * as ko from 'knockout';
import { tsxId } from './ids';

type Obs<T> = ko.Observable<T>;
const unwrap = <T>(v: ko.MaybeSubscribable<T>): T => ko.unwrap(v);

export interface TextBoxParams {
  label: ko.MaybeSubscribable<string>;
  value: Obs<string>;
  required?: boolean;
  /** Help text behind the info balloon. */
  info?: string;
  /** The input's own aria-label, which may differ from the visible label (evidence 4). */
  ariaLabel?: ko.MaybeSubscribable<string | undefined>;
  /** Name the input from the visible label by aria-labelledby instead. */
  labelledByLabel?: boolean;
  type?: 'text' | 'password';
  placeholder?: string;
  /** `textInput` (every keystroke) instead of the default `value` (on change). */
  live?: boolean;
  readonly?: boolean;
  error?: ko.MaybeSubscribable<string>;
  /** Extra content beside the input (a copy button). */
  copy?: { t: (k: 'copyToClipboard') => string };
}

const LABEL_CONTAINER = `
  <div class="azc-form-labelcontainer">
    <label class="azc-form-label" data-bind="text: label, attr: { id: labelId }"></label>
    <!-- ko if: required --><div class="azc-required-balloon" aria-hidden="true">*</div><!-- /ko -->
    <!-- ko if: info --><div class="azc-form-infoballoon fxs-infoballoon" role="button" tabindex="0" aria-label="More information" data-bind="attr: { title: info }"><span aria-hidden="true">ⓘ</span></div><!-- /ko -->
  </div>`;

function labelled(params: { label: ko.MaybeSubscribable<string>; required?: boolean; info?: string }) {
  return { label: params.label, labelId: tsxId(), required: Boolean(params.required), info: params.info ?? '' };
}

ko.components.register('azc-textbox', {
  synchronous: true,
  viewModel: {
    createViewModel: (p: TextBoxParams) => {
      const id = tsxId();
      const base = labelled(p);
      return {
        ...base,
        id,
        value: p.value,
        live: Boolean(p.live),
        errorText: ko.pureComputed(() => unwrap(p.error ?? '')),
        copy: p.copy ? () => void navigator.clipboard?.writeText(p.value()).catch(() => undefined) : null,
        copyLabel: p.copy?.t('copyToClipboard') ?? '',
        inputAttrs: ko.pureComputed(() => ({
          id,
          type: p.type ?? 'text',
          placeholder: p.placeholder ?? null,
          'aria-label': unwrap(p.ariaLabel) ?? null,
          'aria-labelledby': p.labelledByLabel ? base.labelId : null,
          'aria-required': p.required ? 'true' : null,
          readonly: p.readonly ? 'readonly' : null,
          autocomplete: 'off',
        })),
      };
    },
  },
  template: `<div class="fxc-weave-pccontrol fxc-section-control azc-control" data-bind="css: { 'azc-validation-invalid': !!errorText() }">${LABEL_CONTAINER}
  <div class="azc-formElementSubLabelContainer">
    <div class="azc-formElementContainer">
      <div class="azc-textBox azc-input azc-formControl">
        <div class="azc-inputbox-wrapper">
          <!-- ko if: live --><input class="azc-input azc-formControl" data-bind="attr: inputAttrs, textInput: value"><!-- /ko -->
          <!-- ko ifnot: live --><input class="azc-input azc-formControl" data-bind="attr: inputAttrs, value: value"><!-- /ko -->
          <label class="fxs-hide-accessible-label" data-bind="attr: { for: id }"></label>
        </div>
      </div>
      <!-- ko if: copy --><div class="fxs-copyfield-button fxs-button" role="button" tabindex="0" data-bind="attr: { title: copyLabel }, click: copy"><span aria-hidden="true">⧉</span></div><!-- /ko -->
    </div>
    <!-- ko if: errorText --><div class="azc-validation-message" role="alert" data-bind="text: errorText"></div><!-- /ko -->
  </div>
</div>`,
});

export interface DropDownParams<V extends string> {
  label: ko.MaybeSubscribable<string>;
  options: ko.MaybeSubscribable<{ value: V; text: string; disabled?: boolean }[]>;
  value: Obs<V | ''>;
  ariaLabel?: ko.MaybeSubscribable<string | undefined>;
  required?: boolean;
  info?: string;
  placeholder?: string;
}

/** Open dropdowns close when the admin clicks anywhere else. */
const openDropdowns = new Set<() => void>();
document.addEventListener('mousedown', (e) => {
  const inside = e.target instanceof Element && e.target.closest('.azc-dropdown-host');
  for (const close of openDropdowns) if (!inside || !inside.contains(e.target as Node)) close();
});

ko.components.register('azc-dropdown', {
  synchronous: true,
  viewModel: {
    createViewModel: (p: DropDownParams<string>) => {
      const open = ko.observable(false);
      const close = () => open(false);
      const vm = {
        ...labelled(p),
        id: tsxId(),
        popupId: tsxId(),
        open,
        value: p.value,
        options: p.options,
        ariaLabel: p.ariaLabel ?? null,
        selectedText: ko.pureComputed(() => unwrap(p.options).find((o) => o.value === p.value())?.text ?? p.placeholder ?? ''),
        toggle: () => {
          open(!open());
          if (open()) openDropdowns.add(close);
        },
        pick: (o: { value: string; disabled?: boolean }) => {
          if (o.disabled) return;
          p.value(o.value);
          open(false);
        },
        isSelected: (o: { value: string }) => (p.value() === o.value ? 'true' : 'false'),
        dispose: () => openDropdowns.delete(close),
      };
      return vm;
    },
  },
  template: `<div class="fxc-weave-pccontrol fxc-section-control azc-control azc-dropdown-host">${LABEL_CONTAINER}
  <div class="azc-formElementSubLabelContainer">
    <div class="azc-formElementContainer">
      <div class="azc-dropdown azc-formControl" role="combobox" tabindex="0" aria-haspopup="tree"
        data-bind="attr: { id: id, 'aria-expanded': open() ? 'true' : 'false', 'aria-label': ariaLabel, 'aria-controls': popupId }, click: toggle">
        <div class="azc-dropdown-selected-value" data-bind="text: selectedText"></div>
        <span class="azc-dropdown-icon" aria-hidden="true">⌄</span>
      </div>
      <div class="azc-dropdown-popup" role="tree" data-bind="visible: open, attr: { id: popupId }">
        <!-- ko foreach: options -->
        <div class="azc-dropdown-item" role="treeitem" tabindex="-1"
          data-bind="text: text, attr: { 'aria-selected': $parent.isSelected($data), 'aria-disabled': $data.disabled ? 'true' : null }, click: $parent.pick"></div>
        <!-- /ko -->
      </div>
    </div>
  </div>
</div>`,
});

export interface ComboParams {
  label: ko.MaybeSubscribable<string>;
  options: readonly string[];
  /** The committed value: an option picked, or a constant typed and left (change). */
  value: Obs<string>;
  placeholder?: string;
  ariaLabel?: string;
  required?: boolean;
}

ko.components.register('azc-combo', {
  synchronous: true,
  viewModel: {
    createViewModel: (p: ComboParams) => {
      const text = ko.observable(p.value());
      const open = ko.observable(false);
      const typed = ko.observable(false);
      const close = () => open(false);
      p.value.subscribe((v) => text(v));
      return {
        ...labelled(p),
        id: tsxId(),
        popupId: tsxId(),
        text,
        open,
        placeholder: p.placeholder ?? '',
        ariaLabel: p.ariaLabel ?? null,
        shown: ko.pureComputed(() => {
          const q = text().trim().toLowerCase();
          return typed() && q ? p.options.filter((o) => o.toLowerCase().includes(q)) : [...p.options];
        }),
        onInput: () => {
          typed(true);
          open(true);
          openDropdowns.add(close);
          return true;
        },
        onFocus: () => {
          open(true);
          openDropdowns.add(close);
        },
        // Like Knockout's value binding: what was typed counts once the input changes (on leaving it).
        onChange: () => {
          p.value(text().trim());
          typed(false);
        },
        pick: (o: string) => {
          p.value(o);
          text(o);
          typed(false);
          open(false);
        },
        isSelected: (o: string) => (p.value() === o ? 'true' : 'false'),
        dispose: () => openDropdowns.delete(close),
      };
    },
  },
  template: `<div class="fxc-weave-pccontrol fxc-section-control azc-control azc-dropdown-host">${LABEL_CONTAINER}
  <div class="azc-formElementSubLabelContainer">
    <div class="azc-formElementContainer">
      <div class="azc-filterCombo azc-formControl">
        <div class="azc-inputbox-wrapper">
          <input class="azc-input azc-formControl" role="combobox" autocomplete="off" aria-autocomplete="list"
            data-bind="attr: { id: id, placeholder: placeholder, 'aria-label': ariaLabel, 'aria-expanded': open() ? 'true' : 'false', 'aria-controls': popupId },
              textInput: text, event: { input: onInput, focus: onFocus, change: onChange }">
          <label class="fxs-hide-accessible-label" data-bind="attr: { for: id }"></label>
        </div>
      </div>
      <div class="azc-dropdown-popup" role="tree" data-bind="visible: open, attr: { id: popupId }">
        <!-- ko foreach: shown -->
        <div class="azc-dropdown-item" role="treeitem" tabindex="-1"
          data-bind="text: $data, attr: { 'aria-selected': $parent.isSelected($data) }, event: { mousedown: function () { return false; } }, click: $parent.pick"></div>
        <!-- /ko -->
      </div>
    </div>
  </div>
</div>`,
});

export interface CheckBoxParams {
  checked: Obs<boolean>;
  text?: string;
  ariaLabel?: string;
  disabled?: boolean;
}

ko.components.register('azc-checkbox', {
  synchronous: true,
  viewModel: {
    createViewModel: (p: CheckBoxParams) => ({
      checked: p.checked,
      text: p.text ?? '',
      ariaLabel: p.ariaLabel ?? null,
      disabled: Boolean(p.disabled),
      toggle: () => {
        if (!p.disabled) p.checked(!p.checked());
      },
    }),
  },
  template: `<div class="azc-checkBox azc-formControl" role="checkbox" tabindex="0"
  data-bind="attr: { 'aria-checked': checked() ? 'true' : 'false', 'aria-label': ariaLabel, 'aria-disabled': disabled ? 'true' : null }, click: toggle">
  <span class="azc-checkBox-box" aria-hidden="true" data-bind="text: checked() ? '✓' : ''"></span>
  <!-- ko if: text --><span class="azc-checkBox-label" data-bind="text: text"></span><!-- /ko -->
</div>`,
});

export interface OptionPickerParams<V extends string> {
  label: ko.MaybeSubscribable<string>;
  options: { value: V; text: string; disabled?: boolean }[];
  value: Obs<V | ''>;
  ariaLabel?: string;
  required?: boolean;
  vertical?: boolean;
}

ko.components.register('azc-optionpicker', {
  synchronous: true,
  viewModel: {
    createViewModel: (p: OptionPickerParams<string>) => ({
      ...labelled(p),
      options: p.options,
      value: p.value,
      ariaLabel: p.ariaLabel ?? null,
      vertical: Boolean(p.vertical),
      checkedOf: (o: { value: string }) => (p.value() === o.value ? 'true' : 'false'),
      pick: (o: { value: string; disabled?: boolean }) => {
        if (!o.disabled) p.value(o.value);
      },
    }),
  },
  template: `<div class="fxc-weave-pccontrol fxc-section-control azc-control">${LABEL_CONTAINER}
  <div class="azc-formElementSubLabelContainer">
    <div class="azc-formElementContainer">
      <ul class="azc-optionPicker" role="radiogroup" data-bind="css: { 'azc-optionPicker-vertical': vertical }, attr: { 'aria-label': ariaLabel }">
        <!-- ko foreach: options -->
        <li class="azc-optionPicker-item" role="radio" tabindex="0"
          data-bind="text: text, attr: { 'aria-checked': $parent.checkedOf($data), 'aria-disabled': $data.disabled ? 'true' : null }, css: { 'azc-optionPicker-selected': $parent.checkedOf($data) === 'true' }, click: $parent.pick"></li>
        <!-- /ko -->
      </ul>
    </div>
  </div>
</div>`,
});

export interface ToolbarItem {
  label: string;
  icon: string;
  run: () => void;
  disabled?: ko.MaybeSubscribable<boolean>;
}

ko.components.register('azc-toolbar', {
  synchronous: true,
  viewModel: {
    createViewModel: (p: { items: ToolbarItem[] }) => ({
      items: p.items.map((i) => ({
        ...i,
        off: ko.pureComputed(() => Boolean(unwrap(i.disabled ?? false))),
        click: () => {
          if (!unwrap(i.disabled ?? false)) i.run();
        },
      })),
    }),
  },
  template: `<ul class="azc-toolbar fxs-commandBar" role="toolbar">
  <!-- ko foreach: items -->
  <li class="azc-toolbar-item azc-toolbarButton" role="button" tabindex="0"
    data-bind="attr: { title: label, 'aria-disabled': off() ? 'true' : 'false' }, css: { 'azc-disabled': off }, click: click">
    <span class="azc-toolbar-item-icon" aria-hidden="true" data-bind="text: icon"></span><span class="azc-toolbar-item-label" data-bind="text: label"></span>
  </li>
  <!-- /ko -->
</ul>`,
});

export interface ButtonParams {
  text: ko.MaybeSubscribable<string>;
  click: () => void;
  primary?: boolean;
  disabled?: ko.MaybeSubscribable<boolean>;
}

ko.components.register('fx-button', {
  synchronous: true,
  viewModel: {
    createViewModel: (p: ButtonParams) => ({
      text: p.text,
      primary: Boolean(p.primary),
      off: ko.pureComputed(() => Boolean(unwrap(p.disabled ?? false))),
      click: () => {
        if (!unwrap(p.disabled ?? false)) p.click();
      },
    }),
  },
  template: `<div class="fxs-button fxt-button" role="button" tabindex="0"
  data-bind="attr: { title: text, 'aria-disabled': off() ? 'true' : 'false' }, css: { 'fxs-button-primary': primary, 'fxs-button-disabled': off }, click: click">
  <span class="fxs-button-text" data-bind="text: text"></span>
</div>`,
});

/** Enter and Space act on the portal's div/li "buttons" like a click (one handler for the whole document). */
export function installKeyboardActivation(root: Document): void {
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = e.target instanceof HTMLElement ? e.target : null;
    if (!el || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return;
    if (
      el.matches('[role=button], [role=radio], [role=checkbox], [role=treeitem], [role=combobox]') &&
      !(el instanceof HTMLButtonElement)
    ) {
      e.preventDefault();
      el.click();
    }
  });
}
