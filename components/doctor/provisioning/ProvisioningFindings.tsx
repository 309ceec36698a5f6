import type { ProvisioningAnalysis } from '@/utils/provisioning/analyse';
import { stepInfo } from '@/utils/setup/steps';
import { openSetupStep, setupStepUrl } from '@/components/doctor/platform';

/** Each finding with its cause, its fix and the setup step that fixes it; picking one narrows the events to its evidence. */
export function ProvisioningFindings({
  analysis,
  picked,
  onPick,
}: {
  analysis: ProvisioningAnalysis;
  picked: string | null;
  onPick(id: string | null): void;
}) {
  if (analysis.findings.length === 0) return <p class="muted">No findings.</p>;
  return (
    <ul class="findings" data-testid="provisioning-findings">
      {analysis.findings.map((f) => {
        const step = f.step ? stepInfo(f.step) : null;
        const count = analysis.evidence[f.id]?.length ?? 0;
        return (
          <li key={f.id} class={`finding sev-${f.severity}`} data-testid="provisioning-finding" data-id={f.id} data-severity={f.severity}>
            <span class="f-sev">{f.severity}</span> <span class="f-title">{f.title}</span>
            <p>{f.detail}</p>
            <p class="f-fix" data-testid="provisioning-fix">
              <strong>Fix: </strong>
              {f.fix}
            </p>
            {step && f.step && (
              <p class="f-step">
                Setup step {step.guideStep}: {step.title} —{' '}
                <a
                  href={setupStepUrl(f.step)}
                  onClick={(e) => {
                    e.preventDefault();
                    if (f.step) void openSetupStep(f.step);
                  }}
                >
                  Open this step in the setup assistant
                </a>
              </p>
            )}
            {count > 0 && (
              <button type="button" aria-pressed={picked === f.id} onClick={() => onPick(picked === f.id ? null : f.id)}>
                {picked === f.id ? 'Show all events' : `Show its ${count} event(s)`}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
