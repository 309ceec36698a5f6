import { useState } from 'preact/hooks';
import { followEntraLanguage } from '@/utils/setup/entra-label-language';
import { deriveWizard } from '@/utils/setup/wizard/derive';
import { featureStep } from '@/utils/setup/wizard/step-features';
import { stepNumbers, stepsCount } from '@/utils/setup/wizard/step-numbers';
import { CertificateDrop } from './CertificateDrop';
import { LockoutWarning } from './LockoutWarning';
import { PendingValues } from './PendingValues';
import { ProvisioningResult } from './ProvisioningResult';
import { SecretReleasePrompt } from './SecretReleasePrompt';
import { StepCard } from './StepCard';
import { TestSignIn } from './TestSignIn';
import { sendSetup, type SetupState } from './useSetupState';
import { useCloudChoice } from './useCloudChoice';

function MetadataRefresh() {
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="row">
      <button
        type="button"
        onClick={async () => {
          const r = await sendSetup({ type: 'setup:refresh-metadata' });
          setError(r.ok ? null : (r.error ?? 'Failed.'));
        }}
      >
        Fetch the federation metadata again
      </button>
      {error && (
        <span class="value-problem" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The guide's steps, each with its state, problems, values and link. */
export function Wizard({ state, opened = null }: { state: SetupState; opened?: string | null }) {
  const cloud = useCloudChoice();
  // Fixes quote Entra's labels in the language its pages were seen in.
  followEntraLanguage(state.session);
  const view = deriveWizard(state.session, { hasScimToken: state.hasScimToken, cloud });
  const required = view.steps.filter((s) => !s.optional);
  const doneCount = required.filter((s) => s.state === 'done').length;
  const numbers = stepNumbers(view.steps);
  return (
    <section aria-labelledby="steps-h">
      <h2 id="steps-h">
        Steps <span class="muted">({stepsCount(view.steps)})</span>
      </h2>
      {view.mismatches.length > 0 && (
        <p class="summary-problems" role="status">
          {view.mismatches.length} problem{view.mismatches.length === 1 ? '' : 's'} found between JustCall and Entra; each step says how to
          fix it.
        </p>
      )}
      <ol class="steps">
        {view.steps.map((step) => (
          <StepCard
            key={step.id}
            step={step}
            number={numbers.get(step.id) ?? step.guideStep}
            opened={opened === step.id}
            values={view.values.filter((v) => v.step === step.id)}
            missing={view.missing.filter((m) => featureStep(m.feature) === step.id)}
            conflicts={view.conflicts.filter((m) => featureStep(m.feature) === step.id)}
          >
            <PendingValues items={view.pending.filter((p) => p.step === step.id)} />
            {step.id === 'justcall-sso' && <LockoutWarning acknowledged={state.session.lockoutAcknowledged} />}
            {step.id === 'scim' && (
              <>
                <SecretReleasePrompt release={state.release} />
                <ProvisioningResult session={state.session} />
              </>
            )}
            {step.id === 'certificate' && (
              <>
                {state.session.values.metadataUrl && <MetadataRefresh />}
                {!state.session.certificate && <CertificateDrop />}
              </>
            )}
          </StepCard>
        ))}
      </ol>
      <TestSignIn ready={doneCount === required.length} />
    </section>
  );
}
