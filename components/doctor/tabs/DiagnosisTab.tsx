import type { AnalysedItem } from '@/utils/doctor/analysed';
import { diagnose } from '@/utils/doctor/diagnosis';
import { openSetupStep, setupStepUrl } from '@/components/doctor/platform';

/** The plain-language answer first: cause, fix, and the setup step that fixes it. */
export function DiagnosisTab({ entry }: { entry: AnalysedItem }) {
  const d = diagnose(entry);
  const page = entry.errorPage;
  return (
    <section class={`diagnosis tone-${d.tone}`} data-testid="diagnosis" data-tone={d.tone}>
      <h2 class="diag-headline" data-testid="diagnosis-headline">
        {d.headline}
      </h2>
      <p class="diag-cause">{d.cause}</p>
      {entry.trace.claimed && (
        <p class="diag-claimed" data-testid="claimed-verdict">
          The imported file claims the signature was “{entry.trace.claimed.verdict ?? 'not given'}”. That is the file’s claim, not this
          doctor’s verdict{entry.verdict ? ` (checked here: ${entry.verdict})` : ' (nothing here could be checked)'}.
        </p>
      )}
      {d.fix && (
        <p class="diag-fix">
          <strong>Fix: </strong>
          {d.fix}
        </p>
      )}
      {d.step && (
        <p class="diag-step" data-testid="diagnosis-step" data-step={d.step.id}>
          Setup step {d.step.guideStep}: {d.step.title} —{' '}
          <a
            href={setupStepUrl(d.step.id)}
            onClick={(e) => {
              e.preventDefault();
              if (d.step) void openSetupStep(d.step.id);
            }}
          >
            Open this step in the setup assistant
          </a>
        </p>
      )}
      {page && (
        <dl class="kv">
          <dt>Entra said</dt>
          <dd>{page.message}</dd>
          {page.requestId && (
            <>
              <dt>Request Id</dt>
              <dd>{page.requestId}</dd>
            </>
          )}
          {page.correlationId && (
            <>
              <dt>Correlation Id</dt>
              <dd>{page.correlationId}</dd>
            </>
          )}
          {page.timestamp && (
            <>
              <dt>Timestamp</dt>
              <dd>{page.timestamp}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
