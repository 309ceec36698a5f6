import type { SetupSession } from '@/utils/setup/session';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { text } from '@/utils/setup/wizard/observations';

/** Entra's saved provisioning Tenant URL against the one JustCall shows. */
export function scimMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/provisioning-credentials'];
  if (!obs?.saved) return [];
  const jcUrl = session.values.scimTenantUrl?.value;
  const seen = text(obs, 'tenantUrl');
  if (jcUrl && seen && seen !== jcUrl) {
    return [
      {
        id: 'scim-url-mismatch',
        step: 'scim',
        title: "The provisioning Tenant URL is not JustCall's",
        detail: `Entra has "${seen}"; JustCall shows "${jcUrl}".`,
        fix: 'Fill the Tenant URL from JustCall, Test Connection, then Save.',
      },
    ];
  }
  return [];
}
