import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { copyText } from '../shared/copy';
import { useDomId } from '../shared/ids';
import { go } from './router';

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={to}
      className={className}
      aria-current={window.location.pathname === to ? 'page' : undefined}
      onClick={(e: MouseEvent) => {
        e.preventDefault();
        go(to);
      }}
    >
      {children}
    </a>
  );
}

export function CopyButton({ text, label = 'Copy' }: { text: () => Promise<string> | string; label?: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(t);
  }, [copied]);
  return (
    <button type="button" className="jc-btn ghost small" onClick={() => void Promise.resolve(text()).then(copyText).then(setCopied)}>
      {copied ? 'Copied!' : label}
    </button>
  );
}

/** A read-only value with a Copy button (ACS URL, Entity ID, Tenant URL). */
export function ReadOnlyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useDomId('ro');
  return (
    <div className="jc-field">
      <label htmlFor={id}>{label}</label>
      <div className="jc-inline">
        <input id={id} type="text" readOnly value={value} />
        <CopyButton text={() => value} />
      </div>
      {hint && <div className="jc-hint">{hint}</div>}
    </div>
  );
}

export function Alert({ kind, children }: { kind: 'success' | 'error' | 'info'; children: ReactNode }) {
  return (
    <div className={`jc-alert ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function Toggle({
  label,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  disabled?: boolean;
}) {
  const id = useDomId('tg');
  return (
    <div className="jc-toggle-row">
      <span id={id}>{label}</span>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={id}
        disabled={disabled}
        className={`jc-switch${checked ? ' on' : ''}`}
        onClick={() => onChange(!checked)}
      >
        <span className="knob" />
      </button>
    </div>
  );
}
