import { Component, type ComponentChildren } from 'preact';
import type { FieldResult } from '@/utils/dom/field-result';
import type { ControlPhase, ControlProps } from '@/utils/content/control-model';
import { PointAtField } from './PointAtField';

export type { ControlProps };

/**
 * The in-page control: one per feature the page shows, a view of its state
 * (utils/content/control-state.ts). Every text here is a sentence or
 * "label: status" in one node, never a bare portal label, so the page
 * engine's label lookups can never mistake it for the portal's own fields.
 *
 * Only the admin's own clicks act: every button ignores events a script made
 * (`accept`, by default `event.isTrusted`). The control also sits in a closed
 * shadow root (./mount.tsx), so page script cannot reach it at all.
 */

// Class components rather than hooks: preact/hooks would add about 1 KB gzip to the engine.
type Accept = (e: Event) => boolean;
const trusted: Accept = (e) => e.isTrusted;

interface CopyValueProps {
  label: string;
  text: string;
  onCopy: ControlProps['onCopy'];
  accept: Accept;
}

class CopyValue extends Component<CopyValueProps, { done: boolean | null }> {
  override state = { done: null as boolean | null };
  override render({ label, text, onCopy, accept }: CopyValueProps) {
    const { done } = this.state;
    return (
      <button
        type="button"
        aria-label={`Copy the value for ${label}`}
        onClick={(e) => accept(e) && void onCopy(text).then((ok) => this.setState({ done: ok }))}
      >
        {done === null ? 'Copy' : done ? 'Copied' : 'Copy failed'}
      </button>
    );
  }
}

const STATUS_WORD: Record<FieldResult['status'], string> = {
  filled: 'filled',
  'already-right': 'already right',
  conflict: 'holds another value',
  'not-found': 'not found on this page',
  failed: 'could not be filled',
};

const isSecret = (r: FieldResult) => r.field === 'secretToken';

function Line({ className, children }: { className?: string; children: ComponentChildren }) {
  return <p class={className ?? 'note'}>{children}</p>;
}

interface ResultsProps {
  results: readonly FieldResult[];
  p: ControlProps;
  accept: Accept;
}

/**
 * What the admin can do about one field the assistant could not fill: read
 * why, and take the value to paste by hand. A list, so more ways to help
 * (pointing at the field) are one more entry.
 */
function fieldActions(r: FieldResult, p: ControlProps, accept: Accept): ComponentChildren[] {
  if (r.status === 'conflict' && !isSecret(r)) {
    return [
      <span key="why">{`The page has ${r.before ?? '?'}; the assistant would put ${r.expected}.`}</span>,
      <button key="replace" type="button" aria-label={`Replace the value of ${r.label}`} onClick={(e) => accept(e) && p.onReplace(r.field)}>
        Replace
      </button>,
    ];
  }
  if (r.status !== 'not-found' && r.status !== 'failed') return [];
  if (!r.expected || isSecret(r)) return r.problem ? [<span key="why">{r.problem}</span>] : [];
  return [
    <span key="why">{r.problem ? `${r.problem} Paste it yourself: ${r.expected}` : `Paste it yourself: ${r.expected}`}</span>,
    <CopyValue key="copy" label={r.label} text={r.expected} onCopy={p.onCopy} accept={accept} />,
  ];
}

function Results({ results, p, accept }: ResultsProps) {
  return (
    <ul aria-label="What the assistant did">
      {results.map((r) => (
        <li key={r.field} class={r.status} data-field={r.field} data-status={r.status}>
          <span class="st">{`${r.label}: ${STATUS_WORD[r.status]}`}</span>
          {fieldActions(r, p, accept)}
          <PointAtField field={r.field} label={r.label} p={p} accept={accept} />
        </li>
      ))}
    </ul>
  );
}

function Missing({ missing }: { missing: readonly string[] }) {
  return (
    <ul class="missing" aria-label="What the assistant still needs">
      {missing.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

const readAllText = (total: number | null) => (total === null ? 'Read all rows' : `Read all ${total} rows`);

/**
 * A virtualised list the feature needs whole shows only some rows: say so,
 * and read it all only when the admin asks (it scrolls the list).
 */
function PartialList({ p, accept }: { p: ControlProps; accept: Accept }) {
  if (p.reading) {
    return (
      <p class="note" role="status">
        {`Reading the list: ${p.reading.known}${p.reading.total === null ? '' : ` of ${p.reading.total}`} rows so far…`}
      </p>
    );
  }
  if (!p.partialList) return null;
  const { known, total } = p.partialList;
  return (
    <>
      <p class="note warn">
        {`This list shows ${known} of ${total ?? 'more'} rows at a time; the assistant has read only those. Reading the rest scrolls the list, then puts it back.`}
      </p>
      <button type="button" aria-label={`${readAllText(total)} of the list`} onClick={(e) => accept(e) && p.onReadAll()}>
        {readAllText(total)}
      </button>
    </>
  );
}

function PhaseBody({ phase, p, accept }: { phase: ControlPhase; p: ControlProps; accept: Accept }) {
  switch (phase.kind) {
    case 'checking':
      return <Line>Checking what the assistant can fill here…</Line>;
    case 'not-ready':
      return (
        <>
          {phase.tried && (
            <p class="note warn" role="status">
              {phase.tried}
            </p>
          )}
          {phase.missing.length > 0 && (
            <>
              <Line className="note warn">{`Not ready to fill yet: these values come from ${phase.from}. Still needed:`}</Line>
              <Missing missing={phase.missing} />
            </>
          )}
        </>
      );
    case 'ready':
      return (
        <>
          <Line>{`Ready to fill: ${phase.fills.join(', ')}.`}</Line>
          {phase.missing.length > 0 && <Line className="note warn">{`Not known yet, so left as it is: ${phase.missing.join('; ')}.`}</Line>}
        </>
      );
    case 'filling':
      return <Line>Filling…</Line>;
    case 'filled':
      return (
        <>
          <Results results={phase.results} p={p} accept={accept} />
          {phase.commit.length > 0 && (
            <Line className="next">{`Now click ${phase.commit.join(' and ')} on the page (highlighted). The step counts as done once the assistant sees the saved values.`}</Line>
          )}
        </>
      );
    case 'conflict':
      return (
        <>
          <Results results={phase.results} p={p} accept={accept} />
          <Line className="next">
            Decide about the value the page already holds before you save: Replace it, or keep it and fix it by hand.
          </Line>
        </>
      );
    case 'not-found':
      return <Results results={phase.results} p={p} accept={accept} />;
    case 'confirm-secret':
      return (
        <Line className="next">
          Open the assistant's side panel and confirm that JustCall's Secret Token may go into this form; then click Fill again.
        </Line>
      );
    case 'done':
      return (
        <>
          <Line className="done">{`Done: ${phase.summary}`}</Line>
          {phase.results.length > 0 && <Results results={phase.results} p={p} accept={accept} />}
        </>
      );
    case 'info':
      return null;
  }
}

export class AssistantControl extends Component<ControlProps & { accept?: Accept }, { open: boolean }> {
  override state = { open: true };
  override render(p: ControlProps & { accept?: Accept }) {
    const accept = p.accept ?? trusted;
    const { open } = this.state;
    return (
      <div class="box" role="region" aria-label={`Entra SSO Assistant for ${p.title}`} data-phase={p.phase.kind}>
        <div class="head">
          <span class="brand">{`Entra SSO Assistant · ${p.title}`}</span>
          <span class="grow" />
          {p.fillLabel && (
            // Waiting for values: shown, and pressing it says what is missing, rather than a disabled button that says nothing.
            <button
              type="button"
              class={p.fillWaiting ? 'primary waiting' : 'primary'}
              aria-disabled={p.fillWaiting ? 'true' : undefined}
              onClick={(e) => accept(e) && p.onFill()}
            >
              {p.fillLabel}
            </button>
          )}
          <button
            type="button"
            aria-expanded={open}
            aria-label={open ? 'Hide the assistant details' : 'Show the assistant details'}
            onClick={(e) => accept(e) && this.setState({ open: !open })}
          >
            {open ? 'Hide' : 'Show'}
          </button>
        </div>
        {open && (
          <>
            <PhaseBody phase={p.phase} p={p} accept={accept} />
            <PartialList p={p} accept={accept} />
            {p.error && (
              <p class="note warn" role="alert">
                {p.error}
              </p>
            )}
            {p.problem && <p class="note warn">{`The side panel reports a problem here: ${p.problem}`}</p>}
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
