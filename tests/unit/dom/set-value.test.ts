// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { setTextValue } from '@/utils/dom/set-value';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/** A real React 19 controlled input whose state is echoed into an <output>. */
function renderControlled(onChange: (v: string) => void): { input: HTMLInputElement; output: HTMLOutputElement } {
  function Field() {
    const [value, setValue] = useState('');
    return createElement(
      'div',
      null,
      createElement('input', {
        'aria-label': 'Identifier (Entity ID)',
        value,
        onChange: (e: { target: HTMLInputElement }) => {
          onChange(e.target.value);
          setValue(e.target.value);
        },
      }),
      createElement('output', null, value),
    );
  }
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(createElement(Field)));
  const input = container.querySelector('input');
  const output = container.querySelector('output');
  if (!input || !output) throw new Error('render failed');
  return { input, output };
}

describe('setTextValue', () => {
  test("reaches a React 19 controlled input's onChange and state", () => {
    const onChange = vi.fn();
    const { input, output } = renderControlled(onChange);
    let readBack = '';
    act(() => {
      readBack = setTextValue(input, 'JustCall');
    });
    expect(onChange).toHaveBeenCalledWith('JustCall');
    expect(output.textContent).toBe('JustCall');
    expect(input.value).toBe('JustCall');
    expect(readBack).toBe('JustCall');
  });

  test('a plain `el.value =` with an input event does not reach React (why the native setter is needed)', () => {
    const onChange = vi.fn();
    const { input, output } = renderControlled(onChange);
    act(() => {
      input.value = 'JustCall';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).not.toHaveBeenCalled();
    expect(output.textContent).toBe('');
  });

  test('a Knockout-style model that listens only to change is updated', () => {
    document.body.innerHTML = '<input aria-label="Tenant URL">';
    const input = document.querySelector('input');
    if (!input) throw new Error('no input');
    const model = { tenantUrl: '' };
    input.addEventListener('change', () => {
      model.tenantUrl = input.value;
    });
    setTextValue(input, 'https://scim.example.test/v2');
    expect(model.tenantUrl).toBe('https://scim.example.test/v2');
  });

  test('textareas use their own prototype setter', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea');
    if (!area) throw new Error('no textarea');
    const seen: string[] = [];
    area.addEventListener('input', () => seen.push(area.value));
    expect(setTextValue(area, 'two\nlines')).toBe('two\nlines');
    expect(seen).toEqual(['two\nlines']);
  });

  test('refuses elements that take no text, with a clear message', () => {
    document.body.innerHTML = '<div id="d"></div>';
    const div = document.getElementById('d');
    if (!div) throw new Error('no div');
    expect(() => setTextValue(div, 'x')).toThrow(/Cannot type into a <div>/);
  });
});
