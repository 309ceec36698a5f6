import { useEffect, useState } from 'react';
import { useDomId } from './ids';

interface Props {
  label: string;
  options: readonly string[];
  /** The committed value: changes only when an option is chosen. */
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  required?: boolean;
}

/**
 * A searchable combobox like Fluent's: typing filters the list, but the value
 * changes only when an option is clicked (or picked with Enter); leaving the
 * field puts the committed value back.
 */
export function Combobox({ label, options, value, onChange, placeholder, required }: Props) {
  const inputId = useDomId('cb-input');
  const listId = useDomId('cb-list');
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (!typed) setText(value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const filtered = typed ? options.filter((o) => o.toLowerCase().includes(text.trim().toLowerCase())) : options;

  const commit = (v: string) => {
    onChange(v);
    setText(v);
    setTyped(false);
    setOpen(false);
  };

  return (
    <div className="field combobox">
      <label htmlFor={inputId} className={`field-label${required ? ' required' : ''}`}>
        {label}
      </label>
      <div className="combobox-box">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && filtered[active] ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setTyped(true);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setTyped(false);
            setText(value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, Math.max(filtered.length - 1, 0)));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter') {
              const pick = filtered[active];
              if (open && pick) {
                e.preventDefault();
                commit(pick);
              }
            } else if (e.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        <button
          type="button"
          className="combobox-toggle"
          tabIndex={-1}
          aria-label={`Open ${label}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setOpen((o) => !o)}
        >
          ⌄
        </button>
      </div>
      <ul role="listbox" id={listId} className="dropdown-list" hidden={!open} aria-label={label}>
        {filtered.length === 0 && <li className="empty">No results</li>}
        {filtered.map((o, i) => (
          <li
            key={o}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={o === value}
            className={`${i === active ? 'active' : ''} ${o === value ? 'selected' : ''}`}
            // Keep focus in the input so its blur does not revert before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => commit(o)}
          >
            {o}
          </li>
        ))}
      </ul>
    </div>
  );
}
