import { DOCTOR_PAGE } from '@/utils/test-sign-in/doctor-link';
import { provisioningResult } from '@/utils/setup/wizard/provisioning-result';
import type { SetupSession } from '@/utils/setup/session';

/** The SCIM step's last provisioning cycle, as the portal showed it: its result, its top cause and fix, and the doctor for more. */
export function ProvisioningResult({ session }: { session: SetupSession }) {
  const r = provisioningResult(session);
  if (!r) return null;
  return (
    <div
      class={`provisioning-result${r.topCause?.severity === 'error' ? ' value-problem' : ''}`}
      data-testid="provisioning-result"
      data-finding={r.topCause?.findingId ?? ''}
    >
      <p>
        <strong>Last provisioning cycle: </strong>
        {r.headline}
        {r.quarantined && ' The job is in quarantine.'}
      </p>
      {r.topCause && (
        <p data-testid="provisioning-result-fix">
          <strong>Fix: </strong>
          {r.topCause.fix}
        </p>
      )}
      <a href={`/${DOCTOR_PAGE}`} target="_blank" rel="noopener" data-testid="provisioning-result-doctor">
        Open the doctor: download the Provisioning logs and drop the file on it for every finding
      </a>
    </div>
  );
}
