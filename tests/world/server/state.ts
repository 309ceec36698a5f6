/**
 * The simulated world's state: one Entra tenant, its enterprise apps, users,
 * groups and certificates; one JustCall account with its SSO and SCIM
 * configuration and users. All in memory; the test API resets and seeds it.
 *
 * This file is the contract between the world's portal UIs (tests/world/client,
 * tests/world/server/portal-api.ts) and its identity side (sign-in service,
 * ACS, SCIM, metadata, scenarios).
 */

import type { CloudId } from './clouds';
import type { ProvisioningJobState, ProvisioningLogRecord } from './scim/provisioning-log';

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TENANT_DOMAIN = 'contoso.onmicrosoft.com';
/** The same organisation's tenant in Azure China (21Vianet): its own id, its own directory. */
export const CHINA_TENANT_ID = 'b6d2f0a4-3c1e-4e8b-9a7d-5f0c2e4a1b93';
export const CHINA_TENANT_DOMAIN = 'contoso.partner.onmschina.cn';

export interface SigningCert {
  id: string;
  /** PEM certificate and PKCS#8 PEM private key (made at world start). */
  certPem: string;
  keyPem: string;
  thumbprint: string; // SHA-1, upper hex
  notBefore: string; // ISO
  notAfter: string; // ISO
  status: 'Active' | 'Inactive';
}

export interface Claim {
  id: string;
  name: string;
  /** Empty string = no namespace. */
  namespace: string;
  source: 'Attribute' | 'Transformation';
  /** e.g. user.mail */
  sourceAttribute: string;
}

export interface ProvisioningConfig {
  mode: 'Manual' | 'Automatic';
  tenantUrl: string;
  secretToken: string;
  scope: 'assigned' | 'all';
  status: 'On' | 'Off';
  mappings: { source: string; target: string }[];
  lastTestResult: 'success' | 'failure' | null;
  /** Digest of the Tenant URL and token of the last passing Test Connection (never sent to a page). */
  passedTestDigest: string | null;
  /** When a configuration was created ("Create" in the newer flow, or a classic Save in Automatic). */
  configuredAt: string | null;
  lastCycle: { at: string; created: number; updated: number; deactivated: number; errors: string[] } | null;
  /** Provisioning logs in Graph's provisioningObjectSummary shape, newest last (scim/provisioning-log.ts). */
  logs?: ProvisioningLogRecord[];
  /** The synchronizationJob's status: quarantine after a cycle that could not reach JustCall. */
  job?: ProvisioningJobState;
  /** Users changed since the last cycle: out-of-scope ones among them are logged as skipped. */
  pendingChanges?: string[];
}

export interface EntraApp {
  /** Application (client) id. */
  appId: string;
  /** Service principal object id. */
  objectId: string;
  /** The cloud (and so the tenant) the app lives in. */
  cloud: CloudId;
  name: string;
  ssoMode: 'none' | 'saml';
  identifiers: { value: string; isDefault: boolean }[];
  replyUrls: { value: string; isDefault: boolean }[];
  signOnUrl: string;
  relayState: string;
  logoutUrl: string;
  nameIdSourceAttribute: string; // Unique User Identifier
  claims: Claim[];
  certificates: SigningCert[];
  /** What Entra signs: 'assertion' (default), 'response', or 'both'; 'none' only via scenario. */
  signingOption: 'assertion' | 'response' | 'both';
  signingAlgorithm: 'SHA-256' | 'SHA-1';
  notificationEmail: string;
  /** User or group ids assigned to the app. */
  assignments: string[];
  provisioning: ProvisioningConfig;
}

export interface EntraUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  /** May be empty: such a user's mail claim is empty. */
  mail: string;
  givenName: string;
  surname: string;
  password: string;
  accountEnabled: boolean;
}

export interface EntraGroup {
  id: string;
  displayName: string;
  /** Direct members (user ids). Nested groups do not count for assignment. */
  members: string[];
}

export interface JustCallSsoConfig {
  enabled: boolean;
  protocol: 'SAML 2.0' | '';
  /** Shown read-only on the SSO page. */
  acsUrl: string;
  entityId: string;
  /** Whether the page shows them (a scenario hides them). */
  showSpValues: boolean;
  ssoUrl: string;
  issuer: string;
  /** PEM of the uploaded or pasted certificate, or '' if none. */
  certificatePem: string;
  /** '' when the certificate was pasted rather than uploaded. */
  certificateFileName: string;
  defaultRole: 'Agent' | 'Supervisor' | 'Admin' | '';
  savedAt: string | null;
  lastTest: { ok: boolean; message: string } | null;
}

export interface JustCallUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  active: boolean;
  /** 'scim' when created by provisioning, 'sso' for just-in-time, 'owner'. */
  source: 'owner' | 'scim' | 'sso';
  externalId?: string;
  /** SCIM userName the provisioning client sent (may differ from email, e.g. a UPN); absent for non-SCIM users. */
  userName?: string;
}

/** Knobs the scenarios turn; each mimics a real-world failure. */
export interface WorldFaults {
  /** Seconds added to the IdP's clock when it issues a response (clock skew). */
  idpClockSkewSeconds: number;
  /** The IdP sends its next responses unsigned. */
  unsignedResponse: boolean;
  /** The IdP wraps its next responses (XSW): a forged assertion beside the signed one. */
  xswResponse: boolean;
  /** Labels renamed on one pane: { original label: new label }. */
  renamedLabels: Record<string, string>;
  /** JustCall's SCIM endpoint answers this HTTP status to writes (POST, PATCH, PUT): 5xx or 429. */
  scimWriteStatus?: number;
}

export interface Tenant {
  id: string;
  domain: string;
  name: string;
}

/** One tenant's directory: the public one lives at the top of WorldState, China's under `china`. */
export interface Directory {
  cloud: CloudId;
  tenant: Tenant;
  users: EntraUser[];
  groups: EntraGroup[];
}

export interface WorldState {
  tenant: Tenant;
  /** Apps of both clouds; each names its cloud. */
  apps: EntraApp[];
  users: EntraUser[];
  groups: EntraGroup[];
  /** The organisation's tenant in Azure China (21Vianet). */
  china: Omit<Directory, 'cloud'>;
  justcall: {
    accountName: string;
    owner: { email: string; password: string };
    sso: JustCallSsoConfig;
    scim: { tenantUrl: string; secretToken: string; tokenRevealed: boolean };
    users: JustCallUser[];
  };
  faults: WorldFaults;
  /** Clock offset the whole world runs with (ms); tests may move time. */
  clockOffsetMs: number;
  /** Log of sign-ins the ACS accepted or refused, newest last. */
  signIns: { at: string; ok: boolean; email?: string; error?: string }[];
  /** Log of federation-metadata requests (any tenant, known or not), newest last. */
  metadataFetches: { at: string; tenant: string; appId: string }[];
}
