/**
 * The simulated world's state: one Entra tenant, its enterprise apps, users,
 * groups and certificates; one JustCall account with its SSO and SCIM
 * configuration and users. All in memory; the test API resets and seeds it.
 *
 * This file is the contract between the world's portal UIs (tests/world/client,
 * tests/world/server/portal-api.ts) and its identity side (sign-in service,
 * ACS, SCIM, metadata, scenarios).
 */

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TENANT_DOMAIN = 'contoso.onmicrosoft.com';

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
  lastCycle: { at: string; created: number; updated: number; deactivated: number; errors: string[] } | null;
}

export interface EntraApp {
  /** Application (client) id. */
  appId: string;
  /** Service principal object id. */
  objectId: string;
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
  /** PEM of the uploaded certificate, or '' if none. */
  certificatePem: string;
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
}

export interface WorldState {
  tenant: { id: string; domain: string; name: string };
  apps: EntraApp[];
  users: EntraUser[];
  groups: EntraGroup[];
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
}
