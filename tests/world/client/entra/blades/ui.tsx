import { useEffect, useState, type ReactNode } from 'react';
import { copyText } from '../../shared/copy';
import { useDomId } from '../../shared/ids';
import { CopyIcon, InfoIcon } from '../../shared/icons';

/** Fluent-ish building blocks for the blades. */

export function Spinner({ label = 'Loading...' }: { label?: string }) {
  return (
    <div className="spinner-wrap" role="progressbar" aria-label={label}>
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export interface ToolbarButton {
  label: string;
  icon?: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  primary?: boolean;
}

export function CommandBar({ buttons }: { buttons: ToolbarButton[] }) {
  return (
    <div className="command-bar" role="toolbar">
      {buttons.map((b) => (
        <button key={b.label} type="button" className={`command${b.primary ? ' primary' : ''}`} disabled={b.disabled} onClick={b.onClick}>
          {b.icon && (
            <span className="command-icon" aria-hidden="true">
              {b.icon}
            </span>
          )}
          {b.label}
        </button>
      ))}
    </div>
  );
}

/** A context pane sliding in from the right, with a close "X". */
export function Pane({
  title,
  subtitle,
  onClose,
  children,
  wide,
}: {
  title: string;
  subtitle?: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const titleId = useDomId('pane-title');
  return (
    <div className="pane-backdrop">
      <aside className={`pane${wide ? ' wide' : ''}`} role="dialog" aria-modal="false" aria-labelledby={titleId}>
        <header className="pane-header">
          <div>
            <h2 id={titleId}>{title}</h2>
            {subtitle && <div className="pane-subtitle">{subtitle}</div>}
          </div>
          <button type="button" className="icon-button close" aria-label="Close" title="Close" onClick={onClose}>
            ✕
          </button>
        </header>
        <div className="pane-content">{children}</div>
      </aside>
    </div>
  );
}

export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
  placeholder?: string;
  error?: string;
  type?: string;
  info?: string;
}) {
  const id = useDomId('tf');
  const errId = `${id}-err`;
  return (
    <div className="field">
      <label htmlFor={id} className={`field-label${props.required ? ' required' : ''}`}>
        {props.label}
        {props.info && (
          <span className="info" title={props.info} aria-hidden="true">
            <InfoIcon />
          </span>
        )}
      </label>
      <input
        id={id}
        type={props.type ?? 'text'}
        className={props.error ? 'invalid' : ''}
        value={props.value}
        placeholder={props.placeholder}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error && (
        <div id={errId} className="field-error" role="alert">
          {props.error}
        </div>
      )}
    </div>
  );
}

/** A read-only value with a "Copy to clipboard" button, as in "Set up <app>". */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useDomId('copy');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(t);
  }, [copied]);
  return (
    <div className="field copy-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="copy-box">
        <input id={id} type="text" readOnly value={value} />
        <button
          type="button"
          className="icon-button"
          aria-label="Copy to clipboard"
          title={copied ? 'Copied' : 'Copy to clipboard'}
          onClick={() => void copyText(value).then(setCopied)}
        >
          {copied ? '✓' : <CopyIcon />}
        </button>
      </div>
    </div>
  );
}

export interface Notice {
  kind: 'success' | 'error' | 'info';
  title: string;
  detail?: string;
}

/** The portal's notification toast (top right), dismissed after a few seconds. */
export function Notification({ notice, onDone }: { notice: Notice | null; onDone: () => void }) {
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(onDone, 6000);
    return () => clearTimeout(t);
  }, [notice, onDone]);
  if (!notice) return null;
  return (
    <div className={`notification ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <strong>{notice.title}</strong>
      {notice.detail && <div>{notice.detail}</div>}
      <button type="button" className="icon-button" aria-label="Dismiss notification" onClick={onDone}>
        ✕
      </button>
    </div>
  );
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-US', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}
