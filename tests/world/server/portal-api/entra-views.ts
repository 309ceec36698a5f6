import { appMetadataUrl, ENTRA_ISSUER, ENTRA_LOGIN_URL, ENTRA_LOGOUT_URL } from '../store';
import type { EntraApp, WorldState } from '../state';
import type { AppDetail, AppSummary, PrincipalView, TenantView } from './views';

/** What the portal UIs may see of the state: never private keys. */

export function tenantView(state: WorldState): TenantView {
  return { ...state.tenant, renamedLabels: { ...state.faults.renamedLabels } };
}

export function appSummary(app: EntraApp): AppSummary {
  return { objectId: app.objectId, appId: app.appId, name: app.name, ssoMode: app.ssoMode };
}

export function principalView(state: WorldState, id: string): PrincipalView | null {
  const user = state.users.find((u) => u.id === id);
  if (user) return { id, displayName: user.displayName, type: 'User', detail: user.userPrincipalName };
  const group = state.groups.find((g) => g.id === id);
  if (group) return { id, displayName: group.displayName, type: 'Group', detail: `${group.members.length} members` };
  return null;
}

export function allPrincipals(state: WorldState): PrincipalView[] {
  return [...state.users.map((u) => u.id), ...state.groups.map((g) => g.id)]
    .map((id) => principalView(state, id))
    .filter((p): p is PrincipalView => p !== null);
}

export function appDetail(state: WorldState, app: EntraApp): AppDetail {
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
    assignments: app.assignments.map((id) => principalView(state, id)).filter((p): p is PrincipalView => p !== null),
    provisioning: { ...app.provisioning, mappings: app.provisioning.mappings.map((m) => ({ ...m })) },
    urls: {
      loginUrl: ENTRA_LOGIN_URL,
      entraIdentifier: ENTRA_ISSUER,
      logoutUrl: ENTRA_LOGOUT_URL,
      federationMetadataUrl: appMetadataUrl(app.appId),
      testUrl: `https://login.microsoftonline.com/${state.tenant.id}/idpinitiated?appId=${app.appId}`,
    },
  };
}
