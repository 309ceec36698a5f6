import { browser } from 'wxt/browser';
import type { TestSignInOutcome } from '@/utils/test-sign-in/outcome';
import { DOCTOR_PAGE, doctorFocusHash } from '@/utils/test-sign-in/doctor-link';

const VERDICT_TEXT = {
  valid: 'signature valid',
  invalid: 'signature invalid',
  wrapped: 'signature wrapping',
  unsigned: 'unsigned',
  unverified: 'signature not verified',
} as const;

/** The doctor's answer for the test window, inline in the wizard: verdict, cause, fix, and the step that fixes it. */
export function TestSignInResult({ outcome }: { outcome: TestSignInOutcome }) {
  const d = outcome.diagnosis;
  const doctorUrl = outcome.record
    ? browser.runtime.getURL(`/${DOCTOR_PAGE}${doctorFocusHash({ tabId: outcome.record.tabId, recordId: outcome.record.id })}`)
    : null;
  // The ok/info diagnosis ("No problem found") adds nothing to a success or waiting note.
  const showDiagnosis = d !== null && (d.tone === 'error' || d.tone === 'warning');
  return (
    <div
      class={`tsi-result phase-${outcome.phase}`}
      data-testid="test-sign-in-result"
      data-phase={outcome.phase}
      role={outcome.phase === 'failed' ? 'alert' : 'status'}
      aria-live="polite"
    >
      <p class="tsi-note" data-testid="test-sign-in-note">
        {outcome.note}
        {outcome.verdict && outcome.phase !== 'waiting' && (
          <span class={`tsi-verdict ${outcome.verdict}`} data-testid="test-sign-in-verdict" data-verdict={outcome.verdict}>
            {VERDICT_TEXT[outcome.verdict]}
          </span>
        )}
      </p>
      {showDiagnosis && d && (
        <div data-testid="test-sign-in-diagnosis" data-tone={d.tone}>
          <h3 class="tsi-headline" data-testid="test-sign-in-headline">
            {d.headline}
          </h3>
          <p>{d.cause}</p>
          {d.fix && (
            <p>
              <span class="fix-label">Fix:</span> {d.fix}
            </p>
          )}
        </div>
      )}
      {(d?.step && showDiagnosis) || doctorUrl ? (
        <div class="tsi-links">
          {d?.step && showDiagnosis && (
            <a href={`#step-${d.step.id}`} data-testid="test-sign-in-step" data-step={d.step.id}>
              Step {d.step.guideStep}: {d.step.title}
            </a>
          )}
          {doctorUrl && (
            <a href={doctorUrl} target="_blank" rel="noreferrer" data-testid="test-sign-in-doctor">
              Open in the login doctor
            </a>
          )}
        </div>
      ) : null}
    </div>
  );
}
