/**
 * The two clouds the world serves: Microsoft's public cloud and Azure China
 * (operated by 21Vianet). Host names are from portal-i18n-and-clouds.md §2;
 * where the documents name only a wildcard (the China React-view host), the
 * world picks one and says so in tests/world/README.md. Pure: no Node imports,
 * shared with the portal UIs.
 */

export type CloudId = 'public' | 'china';
export const CLOUD_IDS: readonly CloudId[] = ['public', 'china'];

export interface Cloud {
  id: CloudId;
  /** The Azure portal and the Entra admin center (the shell's top document). */
  portalHosts: readonly string[];
  /** Entra's sign-in service (ESTS): Login URL, metadata, the sign-in pages. */
  loginHost: string;
  /** Hosts of the React-view iframes (Fluent UI), by family. */
  reactViewHosts: readonly string[];
  /** Hosts of the extensions' hidden hosting iframes (Knockout blades draw in the top document). */
  hostingHosts: readonly string[];
  /** The SAML issuer ("Microsoft Entra Identifier") of a tenant. */
  issuer(tenantId: string): string;
}

const sandboxes = (family: string, domain: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `sandbox-${i + 1}.${family}.${domain}`);

export const CLOUDS: Record<CloudId, Cloud> = {
  public: {
    id: 'public',
    portalHosts: ['entra.microsoft.com', 'portal.azure.com'],
    loginHost: 'login.microsoftonline.com',
    reactViewHosts: [
      ...sandboxes('reactblade', 'portal.azure.net', 4),
      ...sandboxes('reactblade-ms', 'portal.azure.net', 2),
      ...sandboxes('reactblade-rc', 'portal.azure.net', 2),
    ],
    hostingHosts: ['iam.hosting.portal.azure.net', 'provisioning.hosting.portal.azure.net'],
    issuer: (t) => `https://sts.windows.net/${t}/`,
  },
  china: {
    id: 'china',
    portalHosts: ['portal.azure.cn', 'entra.microsoftonline.cn'],
    loginHost: 'login.partner.microsoftonline.cn',
    // Not documented: only the wildcard *.chinacloudapi.cn is. The world picks this shape.
    reactViewHosts: sandboxes('reactblade', 'portal.chinacloudapi.cn', 2),
    hostingHosts: ['iam.hosting.azureportal.chinacloudapi.cn', 'provisioning.hosting.azureportal.chinacloudapi.cn'],
    issuer: (t) => `https://sts.chinacloudapi.cn/${t}/`,
  },
};

/** Every host the two clouds' portals and sign-in services use. */
export function cloudHostNames(): string[] {
  return CLOUD_IDS.flatMap((id) => {
    const c = CLOUDS[id];
    return [...c.portalHosts, c.loginHost, ...c.reactViewHosts, ...c.hostingHosts];
  });
}

/** The cloud a host belongs to, or null for JustCall's hosts and anything else. */
export function cloudOfHost(host: string): CloudId | null {
  const h = host.toLowerCase();
  for (const id of CLOUD_IDS) {
    const c = CLOUDS[id];
    if (c.portalHosts.includes(h) || c.loginHost === h || c.reactViewHosts.includes(h) || c.hostingHosts.includes(h)) return id;
  }
  // The classic drawing's blade hosts belong to the public cloud.
  if (h.endsWith('.portal.azure.net')) return 'public';
  return null;
}

/** What "Set up <app>" and "SAML Certificates" show for an app of this cloud and tenant. */
export function cloudUrls(cloud: CloudId, tenantId: string, appId: string) {
  const c = CLOUDS[cloud];
  const login = `https://${c.loginHost}/${tenantId}`;
  return {
    loginUrl: `${login}/saml2`,
    entraIdentifier: c.issuer(tenantId),
    logoutUrl: `${login}/saml2`,
    federationMetadataUrl: `${login}/federationmetadata/2007-06/federationmetadata.xml?appid=${appId}`,
    testUrl: `${login}/idpinitiated?appId=${appId}`,
  };
}
