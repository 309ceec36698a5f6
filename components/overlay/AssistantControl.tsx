import { Component } from 'preact';
import type { FieldResult } from '@/utils/dom/field-result';
import type { ControlProps } from '@/utils/content/control-model';

export type { ControlProps };

const STATUS_WORD: Record<FieldResult['status'], string> = {
  filled: 'filled',
  'already-right': 'already right',
  conflict: 'holds another value',
  'not-found': 'not found on this page',
  failed: 'could not be filled',
};

// Class components rather than hooks: preact/hooks would add about 1 KB gzip to
// each content script, which has a 30 KB budget.
type CopyValueProps = { label: string; text: string; onCopy: ControlProps['onCopy'] };

class CopyValue extends Component<CopyValueProps, { done: boolean | null }> {
  override state = { done: null as boolean | null };
  override render({ label, text, onCopy }: CopyValueProps) {
    const { done } = this.state;
    return (
      <button
        type="button"
        aria-label={`Copy the value for ${label}`}
        onClick={() => void onCopy(text).then((ok) => this.setState({ done: ok }))}
      >
        {done === null ? 'Copy' : done ? 'Copied' : 'Copy failed'}
      </button>
    );
  }
}

/**
 * The in-page control: one per feature the page shows. Every text here is a
 * sentence or "label: status" in one node, never a bare portal label, so the
 * page engine's label lookups can never mistake it for the portal's own fields.
 */
export class AssistantControl extends Component<ControlProps, { open: boolean }> {
  override state = { open: true };
  override render(p: ControlProps) {
    const { open } = this.state;
    const setOpen = (next: boolean) => this.setState({ open: next });
    const secret = (r: FieldResult) => r.field === 'secretToken';
    return (
      <div class="box" role="region" aria-label={`Entra SSO Assistant for ${p.title}`}>
        <div class="head">
          <span class="brand">{`Entra SSO Assistant · ${p.title}`}</span>
          <span class="grow" />
          {p.fillFrom && (
            <button type="button" class="primary" disabled={p.busy || p.missing.length > 0} onClick={p.onFill}>
              {p.busy ? 'Filling…' : `Fill from ${p.fillFrom}`}
            </button>
          )}
          <button
            type="button"
            aria-expanded={open}
            aria-label={open ? 'Hide the assistant details' : 'Show the assistant details'}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide' : 'Show'}
          </button>
        </div>
        {open && (
          <>
            {p.fillFrom && p.missing.length > 0 && <p class="note warn">{`Not ready to fill yet. Missing: ${p.missing.join('; ')}.`}</p>}
            {p.error && (
              <p class="note warn" role="alert">
                {p.error}
              </p>
            )}
            {p.results.length > 0 && (
              <ul aria-label="What the assistant did">
                {p.results.map((r) => (
                  <li key={r.field} class={r.status} data-field={r.field} data-status={r.status}>
                    <span class="st">{`${r.label}: ${STATUS_WORD[r.status]}`}</span>
                    {r.status === 'conflict' && !secret(r) && (
                      <>
                        <span>{`The page has ${r.before ?? '?'}; the assistant would put ${r.expected}.`}</span>
                        <button type="button" aria-label={`Replace the value of ${r.label}`} onClick={() => p.onReplace(r.field)}>
                          Replace
                        </button>
                      </>
                    )}
                    {(r.status === 'not-found' || r.status === 'failed') && r.expected && !secret(r) && (
                      <>
                        <span>{r.problem ? `${r.problem} Paste it yourself:` : 'Paste it yourself:'}</span>
                        <CopyValue label={r.label} text={r.expected} onCopy={p.onCopy} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {p.commit.length > 0 && (
              <p class="next">{`Now click ${p.commit.join(' and ')} on the page (highlighted). The step counts as done once the assistant sees the saved values.`}</p>
            )}
            {p.next && <p class="next">{`Next: click ${p.next} (highlighted).`}</p>}
            {p.notes.map((n) => (
              <p key={n} class="note">
                {n}
              </p>
            ))}
          </>
        )}
      </div>
    );
  }
}
