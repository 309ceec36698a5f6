import type { ComponentChildren } from 'preact';
import type { MissingField, StepView, ValueView } from '@/utils/setup/wizard/types';
import { ValueRow } from './ValueRow';
import { CopyButton } from './CopyButton';

const STATE_TEXT = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', problem: 'Problem' } as const;

interface Props {
  step: StepView;
  /** The number the card shows (../../utils/setup/wizard/step-numbers.ts). */
  number: string;
  /** The step the side panel was opened on (from the login doctor): marked, so the admin sees it. */
  opened?: boolean;
  values: ValueView[];
  missing: MissingField[];
  conflicts: MissingField[];
  children?: ComponentChildren;
}

/** One step of the guide: its state, what is wrong and how to fix it, its values, and where to do it. */
export function StepCard({ step, number, opened = false, values, missing, conflicts, children }: Props) {
  const headingId = `step-${step.id}`;
  return (
    <li
      class={`step state-${step.state}${opened ? ' opened' : ''}`}
      data-step={step.id}
      data-state={step.state}
      data-opened={opened ? '' : undefined}
      aria-current={opened ? 'step' : undefined}
      aria-labelledby={headingId}
    >
      <div class="step-head">
        <h3 id={headingId}>
          <span class="step-no">{number}</span> {step.title}
        </h3>
        <span class={`badge ${step.state}`} data-testid="step-state">
          {STATE_TEXT[step.state]}
        </span>
      </div>
      <p class="step-summary">{step.summary}</p>
      {step.problems.length > 0 && (
        <ul class="problems" aria-label={`Problems in ${step.title}`}>
          {step.problems.map((p) => (
            <li key={p.id} class="problem" data-problem={p.id}>
              <strong>{p.title}</strong>
              <div>{p.detail}</div>
              <div class="fix">
                <span class="fix-label">Fix:</span> {p.fix}
              </div>
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <ul class="missing" aria-label="Fields the assistant could not find">
          {missing.map((m) => (
            <li key={`${m.feature}|${m.label}`} data-missing={m.label}>
              {m.wanted ? (
                <>
                  <span>
                    Field not found on the page: <strong>{m.label}</strong>. Copy the value and paste it yourself.
                  </span>
                  <CopyButton what={m.label} value={m.wanted} />
                </>
              ) : (
                // No value to copy: say what went wrong instead of offering an empty Copy.
                <span>
                  <strong>{m.label}</strong> could not be filled{m.message ? `: ${m.message}` : '.'}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 && (
        <ul class="conflicts" aria-label="Fields that already held another value">
          {conflicts.map((m) => (
            <li key={`${m.feature}|${m.label}`} data-conflict={m.label}>
              <span>
                <strong>{m.label}</strong> holds <code>{m.current ?? '?'}</code>; the assistant would put <code>{m.wanted}</code>. Use
                "Replace" on the page to change it.
              </span>
            </li>
          ))}
        </ul>
      )}
      {values.length > 0 && (
        <ul class="values" aria-label={`Values for ${step.title}`}>
          {values.map((v) => (
            <ValueRow key={v.key} v={v} />
          ))}
        </ul>
      )}
      {children}
      {step.link && (
        <a class="open-link" href={step.link.url} target="_blank" rel="noreferrer">
          {step.link.label}
        </a>
      )}
    </li>
  );
}
