/**
 * Entra's SAML issuer, https://sts.windows.net/{tenant-id}/ (with the trailing
 * slash): what the doctor expects from a tenant ID, and what the issuer check
 * recognises as Entra.
 */

/** A tenant ID (a GUID). */
export const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ENTRA_ISSUER = /^https:\/\/sts\.windows\.net\/[0-9a-f-]{36}\/$/i;

export function entraIssuerFor(tenant: string): string {
  return `https://sts.windows.net/${tenant}/`;
}

export function isEntraIssuer(issuer: string): boolean {
  return ENTRA_ISSUER.test(issuer);
}
