/**
 * The JustCall profile: what the connection should look like. The documented
 * defaults (docs/ARCHITECTURE.md, decision 4), the
 * claims JustCall reads and the provisioning mappings. Data only; the value
 * table (./value-keys) says where each value comes from and how it is checked.
 * Sources: JustCall's Entra article (Entity ID, Reply URL) and the guide in
 * shared/seed (sign-on URL, claims, provisioning mappings).
 */

export const JUSTCALL_DEFAULTS = {
  entityId: 'JustCall',
  acsUrl: 'https://bifrost.justcall.io/passport/login/callback',
  signOnUrl: 'https://app.justcall.io/login',
  appName: 'JustCall',
} as const;

export interface RequiredClaim {
  /** Claim name JustCall reads, sent with an empty Namespace. */
  name: string;
  sourceAttribute: string;
}

export const REQUIRED_CLAIMS: readonly RequiredClaim[] = [
  { name: 'email', sourceAttribute: 'user.mail' },
  { name: 'firstName', sourceAttribute: 'user.givenname' },
  { name: 'lastName', sourceAttribute: 'user.surname' },
];

/** The namespace Entra puts its default claims under. */
export const ENTRA_DEFAULT_CLAIM_NAMESPACE = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

/** SCIM attribute → JustCall field, as the guide lists it for the Mappings step (a reminder, not filled). */
export const PROVISIONING_MAPPINGS: readonly { scim: string; justcall: string }[] = [
  { scim: 'userName', justcall: 'email' },
  { scim: 'givenName', justcall: 'firstName' },
  { scim: 'familyName', justcall: 'lastName' },
];
