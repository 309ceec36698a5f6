// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { chooseComboboxOption, chooseListboxOption } from '@/utils/dom/choose-option';
import { listboxButton, searchableCombobox } from './support/widgets';

const ATTRIBUTES = ['user.mail', 'user.mailnickname', 'user.userprincipalname', 'user.givenname', 'user.surname'];

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('chooseComboboxOption', () => {
  test('opens, filters, waits for the late option and clicks the exact one', async () => {
    const box = searchableCombobox(document, 'Source attribute', ATTRIBUTES);
    const result = await chooseComboboxOption(box, 'user.mail', { timeoutMs: 1000 });
    expect(result).toEqual({ ok: true, value: 'user.mail' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  test('reports an option that never appears, without hanging', async () => {
    const box = searchableCombobox(document, 'Source attribute', ATTRIBUTES);
    const result = await chooseComboboxOption(box, 'user.employeeid', { timeoutMs: 100 });
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/did not appear/);
  });

  test('a native <select> is chosen by option text', async () => {
    document.body.innerHTML = '<select aria-label="Provisioning Mode"><option>Manual</option><option>Automatic</option></select>';
    const select = document.querySelector('select');
    if (!select) throw new Error('no select');
    let changed = '';
    select.addEventListener('change', () => (changed = select.value));
    expect((await chooseComboboxOption(select, 'Automatic')).ok).toBe(true);
    expect(changed).toBe('Automatic');
  });
});

describe('chooseListboxOption', () => {
  test('opens the popup and clicks the option', async () => {
    const button = listboxButton(document, 'Default Role', ['Agent', 'Supervisor', 'Admin']);
    const result = await chooseListboxOption(button, 'Supervisor', { timeoutMs: 500 });
    expect(result).toEqual({ ok: true, value: 'Supervisor' });
    expect(document.querySelector('[role="listbox"]')).toBeNull();
  });
});
