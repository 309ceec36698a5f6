import { cloudUrls, type CloudId } from '../clouds';
import { directoryOf } from '../store';
import type { EntraApp, WorldState } from '../state';
import type { AppDetail, AppSummary, PrincipalView, TenantView } from './views';

/** What the portal UIs may see of the state: never private keys, never the token digest. */

export function tenantView(state: WorldState, cloud: CloudId = 'public'): TenantView {
  return { ...directoryOf(state, cloud).tenant, renamedLabels: { ...state.faults.renamedLabels } };
}

export function appSummary(app: EntraApp): AppSummary {
  return { objectId: app.objectId, appId: app.appId, name: app.name, ssoMode: app.ssoMode };
}

export function principalView(state: WorldState, id: string, cloud: CloudId = 'public'): PrincipalView | null {
  const dir = directoryOf(state, cloud);
  const user = dir.users.find((u) => u.id === id);
  if (user) return { id, displayName: user.displayName, type: 'User', detail: user.userPrincipalName };
  const group = dir.groups.find((g) => g.id === id);
  if (group) return { id, displayName: group.displayName, type: 'Group', detail: `${group.members.length} members` };
  return null;
}

export function allPrincipals(state: WorldState, cloud: CloudId = 'public'): PrincipalView[] {
  const dir = directoryOf(state, cloud);
  return [...dir.users.map((u) => u.id), ...dir.groups.map((g) => g.id)]
    .map((id) => principalView(state, id, cloud))
    .filter((p): p is PrincipalView => p !== null);
}

export function appDetail(state: WorldState, app: EntraApp): AppDetail {
  const { passedTestDigest: _digest, logs: _logs, pendingChanges: _pending, job, ...provisioning } = app.provisioning;
  return {
    ...appSummary(app),
    identifiers: app.identifiers.map((r) => ({ ...r })),
    replyUrls: app.replyUrls.map((r) => ({ ...r })),
    signOnUrl: app.signOnUrl,
    relayState: app.relayState,
    logoutUrl: app.logoutUrl,
    nameIdSourceAttribute: app.nameIdSourceAttribute,
    claims: app.claims.map((c) => ({ ...c })),
    certificates: app.certificates.map((c) => ({
      id: c.id,
      thumbprint: c.thumbprint,
      notBefore: c.notBefore,
      notAfter: c.notAfter,
      status: c.status,
    })),
    signingOption: app.signingOption,
    signingAlgorithm: app.signingAlgorithm,
    notificationEmail: app.notificationEmail,
    assignments: app.assignments.map((id) => principalView(state, id, app.cloud)).filter((p): p is PrincipalView => p !== null),
    provisioning: {
      ...provisioning,
      mappings: app.provisioning.mappings.map((m) => ({ ...m })),
      job: job ? { code: job.code, quarantineReason: job.quarantine?.reason ?? null, error: job.quarantine?.error.message ?? null } : null,
    },
    urls: cloudUrls(app.cloud, directoryOf(state, app.cloud).tenant.id, app.appId),
  };
}
