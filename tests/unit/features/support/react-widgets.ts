/**
 * React 19 controls shaped like the simulated portals' (tests/world/client):
 * a controlled text field, a searchable combobox that commits only on an
 * option click, and a custom dropdown button named "label + itself".
 * Built with createElement because the project's JSX is Preact's.
 */
import { createElement as h, useId, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

// Not an act() environment: the code under test fires events the way a content script does,
// and React flushes discrete events itself.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const clean = (id: string): string => id.replace(/[^a-zA-Z0-9_-]/g, '');

export function TextField(props: { label: string; initial?: string; type?: string; onValue?: (v: string) => void }): ReactElement {
  const id = clean(useId());
  const [value, setValue] = useState(props.initial ?? '');
  return h(
    'div',
    null,
    h('label', { htmlFor: id }, props.label),
    h('input', {
      id,
      type: props.type ?? 'text',
      value,
      onChange: (e: { target: HTMLInputElement }) => {
        setValue(e.target.value);
        props.onValue?.(e.target.value);
      },
    }),
  );
}

export function Combobox(props: {
  label: string;
  options: readonly string[];
  initial?: string;
  onValue?: (v: string) => void;
}): ReactElement {
  const id = clean(useId());
  const [value, setValue] = useState(props.initial ?? '');
  const [text, setText] = useState(props.initial ?? '');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState(false);
  const shown = typed ? props.options.filter((o) => o.includes(text.trim())) : props.options;
  const commit = (v: string): void => {
    setValue(v);
    setText(v);
    setTyped(false);
    setOpen(false);
    props.onValue?.(v);
  };
  return h(
    'div',
    null,
    h('label', { htmlFor: `${id}-in` }, props.label),
    h('input', {
      id: `${id}-in`,
      role: 'combobox',
      'aria-expanded': open,
      'aria-controls': `${id}-list`,
      value: text,
      placeholder: 'Select from drop down or type a constant',
      onChange: (e: { target: HTMLInputElement }) => {
        setText(e.target.value);
        setTyped(true);
        setOpen(true);
      },
      onClick: () => setOpen(true),
      onBlur: () => {
        setOpen(false);
        setTyped(false);
        setText(value);
      },
    }),
    h(
      'ul',
      { role: 'listbox', id: `${id}-list`, hidden: !open },
      shown.map((o) => h('li', { key: o, role: 'option', 'aria-selected': o === value, onClick: () => commit(o) }, o)),
    ),
  );
}

export function Dropdown(props: {
  label: string;
  options: readonly string[];
  initial?: string;
  onValue?: (v: string) => void;
}): ReactElement {
  const id = clean(useId());
  const [value, setValue] = useState(props.initial ?? '');
  const [open, setOpen] = useState(false);
  return h(
    'div',
    null,
    h('span', { id: `${id}-label` }, props.label),
    h(
      'button',
      {
        type: 'button',
        id: `${id}-button`,
        'aria-haspopup': 'listbox',
        'aria-expanded': open,
        'aria-labelledby': `${id}-label ${id}-button`,
        onClick: () => setOpen((o) => !o),
      },
      h('span', null, value || 'Select a role'),
      h('span', { 'aria-hidden': 'true' }, '⌄'),
    ),
    open
      ? h(
          'ul',
          { role: 'listbox' },
          props.options.map((o) =>
            h('li', { key: o, role: 'option', onClick: () => (setValue(o), setOpen(false), props.onValue?.(o)) }, o),
          ),
        )
      : null,
  );
}

const roots: Root[] = [];

/** Render into a fresh container appended to `parent` (default body). */
export function render(element: ReactElement, parent: Element = document.body): HTMLElement {
  const container = document.createElement('div');
  parent.append(container);
  const root = createRoot(container);
  roots.push(root);
  flushSync(() => root.render(element));
  return container;
}

export function unmountAll(): void {
  for (const root of roots.splice(0)) root.unmount();
}
