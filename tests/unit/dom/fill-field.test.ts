// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fillCheck, fillChoice, fillField, fillFile } from '@/utils/dom/fill-field';
import { FieldResult } from '@/utils/dom/field-result';
import { installDataTransfer } from './support/jsdom-data-transfer';
import { listboxButton } from './support/widgets';

const ID = { field: 'signOnUrl', label: 'Sign on URL' };
const URL_VALUE = 'https://app.justcall.io/login';

function input(value: string): HTMLInputElement {
  document.body.innerHTML = `<input aria-label="Sign on URL" value="${value}">`;
  const el = document.querySelector('input');
  if (!el) throw new Error('no input');
  return el;
}

beforeAll(() => installDataTransfer(window));
beforeEach(() => {
  document.body.innerHTML = '';
});

describe('fillField', () => {
  test('an empty field is filled and read back', async () => {
    const el = input('');
    const result = await fillField(el, URL_VALUE, { ...ID, overwrite: false, compare: 'url' });
    expect(result).toEqual({ ...ID, status: 'filled', before: '', after: URL_VALUE, expected: URL_VALUE });
    expect(FieldResult.safeParse(result).success).toBe(true);
  });

  test('writes one field per painted frame: a page that takes changes in on the next frame misses none', async () => {
    document.body.innerHTML = '<input aria-label="Name"><input aria-label="Namespace" value="urn:old">';
    const [name, ns] = Array.from(document.querySelectorAll('input'));
    if (!name || !ns) throw new Error('no inputs');
    // The page's model, as Fluent's ResizeGroup behaves: a change is taken in by the next animation frame, and a
    // change made while one is pending is lost when that frame commits what it was given.
    let saved = { name: '', namespace: 'urn:old' };
    let pending: typeof saved | null = null;
    const onInput = () => {
      if (pending) return;
      pending = { name: name.value, namespace: ns.value };
      requestAnimationFrame(() => {
        if (pending) saved = pending;
        pending = null;
      });
    };
    name.addEventListener('input', onInput);
    ns.addEventListener('input', onInput);
    await fillField(name, 'email', { field: 'name', label: 'Name', overwrite: false });
    await fillField(ns, '', { field: 'namespace', label: 'Namespace', overwrite: true });
    expect(saved).toEqual({ name: 'email', namespace: '' });
  });

  test('an equal value is already right (URLs ignore surrounding spaces) and is not touched', async () => {
    const el = input(` ${URL_VALUE} `);
    let events = 0;
    el.addEventListener('input', () => events++);
    const result = await fillField(el, URL_VALUE, { ...ID, overwrite: false, compare: 'url' });
    expect(result.status).toBe('already-right');
    expect(events).toBe(0);
  });

  test('exact comparison does not ignore spaces', async () => {
    const el = input(' JustCall');
    const result = await fillField(el, 'JustCall', { ...ID, overwrite: false });
    expect(result.status).toBe('conflict');
  });

  test('a different value is a conflict and stays untouched unless overwrite is agreed', async () => {
    const el = input('https://old.example.test/login');
    const conflict = await fillField(el, URL_VALUE, { ...ID, overwrite: false, compare: 'url' });
    expect(conflict.status).toBe('conflict');
    expect(conflict.before).toBe('https://old.example.test/login');
    expect(el.value).toBe('https://old.example.test/login');
    const agreed = await fillField(el, URL_VALUE, { ...ID, overwrite: true, compare: 'url' });
    expect(agreed.status).toBe('filled');
    expect(el.value).toBe(URL_VALUE);
  });

  test('filling twice changes nothing the second time', async () => {
    const el = input('');
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const first = await fillField(el, URL_VALUE, { ...ID, overwrite: false, compare: 'url' });
    const second = await fillField(el, URL_VALUE, { ...ID, overwrite: false, compare: 'url' });
    expect([first.status, second.status]).toEqual(['filled', 'already-right']);
    expect(changes).toBe(1);
  });

  test('a missing field is not-found', async () => {
    const result = await fillField(null, URL_VALUE, { ...ID, overwrite: true });
    expect(result.status).toBe('not-found');
    expect(result.problem).toMatch(/Sign on URL/);
  });

  test('a page that rewrites the value makes it failed, with what it shows', async () => {
    const el = input('');
    el.addEventListener('change', () => {
      el.value = el.value.toUpperCase();
    });
    const result = await fillField(el, URL_VALUE, { ...ID, overwrite: false, compare: 'url' });
    expect(result.status).toBe('failed');
    expect(result.after).toBe(URL_VALUE.toUpperCase());
  });
});

describe('fillChoice, fillFile, fillCheck', () => {
  test('a listbox showing its prompt is empty and gets filled; again it is already right', async () => {
    const button = listboxButton(document, 'Default Role', ['Agent', 'Admin']);
    const opts = { field: 'defaultRole', label: 'Default Role', overwrite: false, kind: 'listbox' as const, timeoutMs: 500 };
    expect((await fillChoice(button, 'Agent', opts)).status).toBe('filled');
    expect((await fillChoice(button, 'Agent', opts)).status).toBe('already-right');
    expect((await fillChoice(button, 'Admin', opts)).status).toBe('conflict');
    expect(button.textContent).toBe('Agent');
  });

  test('a file input compares by file name', async () => {
    document.body.innerHTML = '<input type="file" aria-label="Certificate">';
    const el = document.querySelector('input');
    const file = new File(['pem'], 'JustCall.cer');
    const opts = { field: 'certificate', label: 'Certificate', overwrite: false };
    expect((await fillFile(el, file, opts)).status).toBe('filled');
    expect((await fillFile(el, file, opts)).status).toBe('already-right');
  });

  test('a radio is turned on by a click', async () => {
    document.body.innerHTML =
      '<label><input type="radio" name="k"> Non-gallery</label><label><input type="radio" name="k" checked> Other</label>';
    const radio = document.querySelector('input');
    let clicked = 0;
    radio?.addEventListener('change', () => clicked++);
    const id = { field: 'nonGallery', label: 'Non-gallery' };
    expect((await fillCheck(radio, true, id)).status).toBe('filled');
    expect((await fillCheck(radio, true, id)).status).toBe('already-right');
    expect(clicked).toBe(1);
  });
});

describe('a form that applies edits a task later, from the state of its last render', () => {
  // Many real forms close over the last render's state (`setDraft({ ...draft, name })`) and apply it
  // after the event; a second field written before that render would put the first one back.
  function staleClosureForm(): { name: HTMLInputElement; namespace: HTMLInputElement; saved: () => Record<string, string> } {
    document.body.innerHTML = '<label>Name <input id="n"></label><label>Namespace <input id="ns"></label>';
    const name = document.querySelector<HTMLInputElement>('#n');
    const namespace = document.querySelector<HTMLInputElement>('#ns');
    if (!name || !namespace) throw new Error('no form');
    let state = { name: 'emailaddress', namespace: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims' };
    const render = (): void => {
      name.value = state.name;
      namespace.value = state.namespace;
    };
    render();
    let snapshot = state;
    const listen = (el: HTMLInputElement, key: 'name' | 'namespace') =>
      el.addEventListener('input', () => {
        const draft = snapshot;
        const value = el.value;
        setTimeout(() => {
          state = { ...draft, [key]: value };
          snapshot = state;
          render();
        }, 0);
      });
    listen(name, 'name');
    listen(namespace, 'namespace');
    return { name, namespace, saved: () => ({ ...state }) };
  }

  test('keeps every field: each one is read back after the page has rendered it', async () => {
    const form = staleClosureForm();
    const first = await fillField(form.name, 'email', { field: 'name', label: 'Name', overwrite: true, compare: 'exact' });
    const second = await fillField(form.namespace, '', { field: 'namespace', label: 'Namespace', overwrite: true, compare: 'exact' });
    await new Promise((r) => setTimeout(r, 0));
    expect([first.status, second.status]).toEqual(['filled', 'filled']);
    expect(form.saved()).toEqual({ name: 'email', namespace: '' });
  });
});
