/**
 * The portal API calls both stacks make (same origin as the page that makes
 * them: the shell or a sandbox host). Answers are validated with the shared
 * schemas.
 */
import { z } from 'zod';
import {
  AppDetailSchema,
  AppSummarySchema,
  DirectoryViewSchema,
  TenantViewSchema,
  TestConnectionResultSchema,
  type AppDetail,
  type BasicSamlBody,
  type ClaimBody,
  type NewProvisioningConfigBody,
  type ProvisioningBody,
} from '../../../server/portal-api/views';
import { api } from '../../shared/api';

const AppsSchema = z.object({ apps: z.array(AppSummarySchema) });
const app = (id: string) => `/api/entra/apps/${encodeURIComponent(id)}`;

export const entra = {
  tenant: () => api(TenantViewSchema, 'GET', '/api/entra/tenant'),
  apps: () => api(AppsSchema, 'GET', '/api/entra/apps').then((r) => r.apps),
  app: (id: string) => api(AppDetailSchema, 'GET', app(id)),
  createApp: (name: string, kind: string) => api(AppDetailSchema, 'POST', '/api/entra/apps', { name, kind }),
  setSsoMode: (id: string, mode: 'none' | 'saml') => api(AppDetailSchema, 'PUT', `${app(id)}/sso-mode`, { mode }),
  saveBasicSaml: (id: string, body: BasicSamlBody) => api(AppDetailSchema, 'PUT', `${app(id)}/saml/basic`, body),
  saveNameId: (id: string, sourceAttribute: string) => api(AppDetailSchema, 'PUT', `${app(id)}/saml/nameid`, { sourceAttribute }),
  addClaim: (id: string, body: ClaimBody) => api(AppDetailSchema, 'POST', `${app(id)}/claims`, body),
  updateClaim: (id: string, claimId: string, body: ClaimBody) => api(AppDetailSchema, 'PUT', `${app(id)}/claims/${claimId}`, body),
  deleteClaim: (id: string, claimId: string) => api(AppDetailSchema, 'DELETE', `${app(id)}/claims/${claimId}`),
  newCertificate: (id: string) => api(AppDetailSchema, 'POST', `${app(id)}/certificates`, { validityYears: 3 }),
  activateCertificate: (id: string, certId: string) => api(AppDetailSchema, 'POST', `${app(id)}/certificates/${certId}/activate`),
  deleteCertificate: (id: string, certId: string) => api(AppDetailSchema, 'DELETE', `${app(id)}/certificates/${certId}`),
  saveSigning: (id: string, body: Pick<AppDetail, 'signingOption' | 'signingAlgorithm' | 'notificationEmail'>) =>
    api(AppDetailSchema, 'PUT', `${app(id)}/saml/signing`, body),
  directory: () => api(DirectoryViewSchema, 'GET', '/api/entra/directory').then((d) => d.principals),
  assign: (id: string, principalIds: string[]) => api(AppDetailSchema, 'POST', `${app(id)}/assignments`, { principalIds }),
  unassign: (id: string, principalId: string) =>
    api(AppDetailSchema, 'DELETE', `${app(id)}/assignments/${encodeURIComponent(principalId)}`),
  saveProvisioning: (id: string, body: ProvisioningBody) => api(AppDetailSchema, 'PUT', `${app(id)}/provisioning`, body),
  testProvisioning: (id: string, body: { tenantUrl: string; secretToken: string; authMethod?: 'bearer' | 'oauth2' }) =>
    api(TestConnectionResultSchema, 'POST', `${app(id)}/provisioning/test`, body),
  createProvisioning: (id: string, body: NewProvisioningConfigBody) =>
    api(AppDetailSchema, 'POST', `${app(id)}/provisioning/configuration`, body),
  runProvisioning: (id: string) => api(AppDetailSchema, 'POST', `${app(id)}/provisioning/run`),
};

/** The body a provisioning Save sends, from the app as it is plus the changes. */
export function provisioningBody(a: AppDetail, patch: Partial<ProvisioningBody> = {}): ProvisioningBody {
  const p = a.provisioning;
  return { mode: p.mode, tenantUrl: p.tenantUrl, secretToken: p.secretToken, scope: p.scope, status: p.status, ...patch };
}

/** Rows that show a URL list's default (or first) value. */
export function defaultOf(rows: { value: string; isDefault: boolean }[]): string {
  return (rows.find((r) => r.isDefault) ?? rows[0])?.value ?? '';
}

export function claimUri(c: { name: string; namespace: string }): string {
  return c.namespace ? `${c.namespace.replace(/\/+$/, '')}/${c.name}` : c.name;
}

export function formatDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}
