// @vitest-environment jsdom
import * as ko from 'knockout';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

/** The Knockout azc controls render the evidence's markup and update their models the way Knockout's bindings do. */

beforeAll(async () => {
  await import('@/tests/world/client/entra/ko/azc');
});

let root: HTMLElement;
afterEach(() => {
  ko.cleanNode(root);
  root.remove();
});

function render(html: string, vm: object): HTMLElement {
  root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  ko.applyBindings(vm, root);
  return root;
}

describe('azc-textbox', () => {
  it('puts the label beside the input container, never <label for>, with a generated id and an empty hidden label', () => {
    const value = ko.observable('');
    const el = render(
      `<!-- ko component: { name: 'azc-textbox', params: { label: 'Tenant URL', value: value, required: true, info: 'The SCIM endpoint.', ariaLabel: 'Tenant URL:' } } --><!-- /ko -->`,
      { value },
    );
    const control = el.querySelector('.fxc-weave-pccontrol');
    const label = control?.querySelector(':scope > .azc-form-labelcontainer > label.azc-form-label');
    expect(label?.textContent).toBe('Tenant URL');
    expect(label?.hasAttribute('for')).toBe(false);
    expect(control?.querySelector('.azc-form-labelcontainer > .azc-required-balloon')).not.toBeNull();
    expect(control?.querySelector('.azc-form-labelcontainer > .azc-form-infoballoon[role=button]')).not.toBeNull();
    const input = control?.querySelector<HTMLInputElement>(
      ':scope > .azc-formElementSubLabelContainer > .azc-formElementContainer > .azc-textBox > .azc-inputbox-wrapper > input.azc-input',
    );
    expect(input?.id).toMatch(/^_tsx_e_\d+$/);
    expect(input?.getAttribute('aria-label')).toBe('Tenant URL:');
    const hidden = input?.nextElementSibling;
    expect(hidden?.matches('label.fxs-hide-accessible-label')).toBe(true);
    expect(hidden?.getAttribute('for')).toBe(input?.id);
    expect(hidden?.textContent).toBe('');
  });

  it('takes a value on change (value binding), not on input; textInput takes it on input', () => {
    const value = ko.observable('');
    const live = ko.observable('');
    const el = render(
      `<!-- ko component: { name: 'azc-textbox', params: { label: 'A', value: value } } --><!-- /ko -->
       <!-- ko component: { name: 'azc-textbox', params: { label: 'B', value: live, live: true } } --><!-- /ko -->`,
      { value, live },
    );
    const [a, b] = [...el.querySelectorAll<HTMLInputElement>('input.azc-input')];
    if (!a || !b) throw new Error('inputs missing');
    a.value = 'https://api.justcall.io/scim/v2';
    a.dispatchEvent(new Event('input', { bubbles: true }));
    expect(value()).toBe('');
    a.dispatchEvent(new Event('change', { bubbles: true }));
    expect(value()).toBe('https://api.justcall.io/scim/v2');
    b.value = 'typed';
    b.dispatchEvent(new Event('input', { bubbles: true }));
    expect(live()).toBe('typed');
  });
});

describe('azc-dropdown and azc-optionpicker', () => {
  it('is a div[role=combobox] whose div[role=treeitem] options change the model only when clicked', () => {
    const mode = ko.observable('Manual');
    const options = [
      { value: 'Manual', text: 'Manual' },
      { value: 'Automatic', text: 'Automatic' },
    ];
    const el = render(
      `<!-- ko component: { name: 'azc-dropdown', params: { label: 'Provisioning Mode', value: mode, options: options, ariaLabel: 'Provisioning Mode selector' } } --><!-- /ko -->`,
      { mode, options },
    );
    const combo = el.querySelector<HTMLElement>('div[role=combobox]');
    expect(combo?.getAttribute('aria-label')).toBe('Provisioning Mode selector');
    expect(combo?.getAttribute('aria-expanded')).toBe('false');
    combo?.click();
    expect(combo?.getAttribute('aria-expanded')).toBe('true');
    const items = [...el.querySelectorAll<HTMLElement>('div[role=treeitem]')];
    expect(items.map((i) => i.textContent)).toEqual(['Manual', 'Automatic']);
    items[1]?.click();
    expect(mode()).toBe('Automatic');
    expect(combo?.getAttribute('aria-expanded')).toBe('false');
  });

  it('draws a choice as li[role=radio] and skips a disabled one', () => {
    const source = ko.observable('Attribute');
    const options = [
      { value: 'Attribute', text: 'Attribute' },
      { value: 'Directory schema extension', text: 'Directory schema extension', disabled: true },
    ];
    const el = render(
      `<!-- ko component: { name: 'azc-optionpicker', params: { label: 'Source', value: source, options: options } } --><!-- /ko -->`,
      {
        source,
        options,
      },
    );
    const radios = [...el.querySelectorAll<HTMLElement>('li[role=radio]')];
    expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false']);
    radios[1]?.click();
    expect(source()).toBe('Attribute');
  });
});

describe('azc-toolbar', () => {
  it('draws commands as li[title] and ignores a disabled one', () => {
    let saved = 0;
    const items = [
      { label: 'Save', icon: '💾', run: () => (saved += 1) },
      { label: 'Import Certificate', icon: '⤒', run: () => (saved += 10), disabled: true },
    ];
    const el = render(`<!-- ko component: { name: 'azc-toolbar', params: { items: items } } --><!-- /ko -->`, { items });
    const save = el.querySelector<HTMLElement>('li.azc-toolbar-item[title="Save"]');
    save?.click();
    el.querySelector<HTMLElement>('li[title="Import Certificate"]')?.click();
    expect(saved).toBe(1);
    expect(el.querySelector('li[title="Import Certificate"]')?.getAttribute('aria-disabled')).toBe('true');
  });
});
