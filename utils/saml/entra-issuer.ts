import { ALL_ISSUER_HOSTS, CLOUDS, type CloudId } from '@/utils/hosts';

/**
 * Entra's SAML issuer, https://{issuer host}/{tenant-id}/ (with the trailing
 * slash; sts.windows.net in the public cloud, sts.chinacloudapi.cn in Azure
 * China): what the doctor expects from a tenant ID in the admin's cloud, and
 * what the issuer check recognises as Entra in any cloud.
 */

/** A tenant ID (a GUID). */
export const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const escapeDots = (host: string): string => host.replace(/\./g, '\\.');
const ENTRA_ISSUER = new RegExp(`^https://(?:${ALL_ISSUER_HOSTS.map(escapeDots).join('|')})/[0-9a-f-]{36}/$`, 'i');

export function entraIssuerFor(tenant: string, cloud: CloudId = 'public'): string {
  return `https://${CLOUDS[cloud].issuerHost}/${tenant}/`;
}

export function isEntraIssuer(issuer: string): boolean {
  return ENTRA_ISSUER.test(issuer);
}
