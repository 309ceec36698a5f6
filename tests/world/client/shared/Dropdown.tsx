import { useEffect, useRef, useState } from 'react';
import { useDomId } from './ids';

export interface DropdownOption<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  /** Visible label text; the button is named by it (aria-labelledby). */
  label: string;
  options: readonly DropdownOption<T>[];
  value: T | '';
  onChange: (value: T) => void;
  placeholder?: string;
  className?: string;
  required?: boolean;
}

/** A custom (non-native) dropdown: a button with aria-haspopup=listbox and role=option items. */
export function Dropdown<T extends string>({ label, options, value, onChange, placeholder, className, required }: Props<T>) {
  const [open, setOpen] = useState(false);
  const labelId = useDomId('dd-label');
  const buttonId = useDomId('dd-button');
  const listId = useDomId('dd-list');
  const root = useRef<HTMLDivElement>(null);
  const current = options.find((o) => o.value === value);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (root.current && e.target instanceof Node && !root.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const choose = (v: T) => {
    onChange(v);
    setOpen(false);
  };

  return (
    <div className={`field dropdown ${className ?? ''}`} ref={root}>
      <span id={labelId} className={`field-label${required ? ' required' : ''}`}>
        {label}
      </span>
      <button
        type="button"
        id={buttonId}
        className="dropdown-button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-labelledby={`${labelId} ${buttonId}`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="dropdown-value">{current?.label ?? placeholder ?? 'Select an option'}</span>
        <span className="chevron" aria-hidden="true">
          ⌄
        </span>
      </button>
      {open && (
        <ul role="listbox" id={listId} className="dropdown-list" aria-labelledby={labelId}>
          {options.map((o) => (
            <li
              key={o.value}
              role="option"
              aria-selected={o.value === value}
              tabIndex={-1}
              className={o.value === value ? 'selected' : ''}
              onClick={() => choose(o.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') choose(o.value);
              }}
            >
              {o.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
