import { describe, expect, it } from 'vitest';
import {
  CLOUDS,
  HOST_PERMISSIONS,
  OPTIONAL_HOST_PERMISSIONS,
  SOVEREIGN_ORIGINS,
  cloudOfUrl,
  cloudOrigins,
  isLoginUrl,
  isSignInHost,
  matchesAny,
  portalOfUrl,
} from '@/utils/hosts';
import { frameOf } from '@/utils/background/setup/frames';
import { IssuerUrl, LoginUrl, tenantIdFrom } from '@/utils/setup/validators';
import { checkMetadataUrl } from '@/utils/setup/metadata';
import { entraIssuerFor, isEntraIssuer } from '@/utils/saml/entra-issuer';
import { issuerFrom } from '@/utils/doctor/expected';
import { stepLink } from '@/utils/setup/links';
import { parseSession } from '@/utils/setup/session';
import { isEntraSignInUrl } from '@/utils/recorder/should-record';

const TENANT = 'b6d2f0a4-3c1e-4e8b-9a7d-5f0c2e4a1b93';
const APP = '11111111-2222-3333-4444-555555555555';

describe('the sovereign clouds in utils/hosts.ts', () => {
  it('a public-cloud install asks for no sovereign host: they are only optional', () => {
    for (const origin of SOVEREIGN_ORIGINS) {
      expect(HOST_PERMISSIONS as readonly string[]).not.toContain(origin);
      expect(OPTIONAL_HOST_PERMISSIONS as readonly string[]).toContain(origin);
    }
    expect(cloudOrigins('public')).toEqual([]);
  });

  it('the documented hosts of each cloud are what its opt-in asks for', () => {
    const china = cloudOrigins('china');
    for (const url of [
      'https://portal.azure.cn/',
      'https://entra.microsoftonline.cn/#view/x',
      'https://login.partner.microsoftonline.cn/t/saml2',
      'https://iam.hosting.azureportal.chinacloudapi.cn/x',
      'https://sandbox-1.reactblade.portal.chinacloudapi.cn/x',
    ])
      expect(matchesAny(china, url), url).toBe(true);
    const gov = cloudOrigins('usgov');
    for (const url of [
      'https://portal.azure.us/',
      'https://entra.microsoft.us/',
      'https://login.microsoftonline.us/t/saml2',
      'https://x.hosting.azureportal.usgovcloudapi.net/',
    ])
      expect(matchesAny(gov, url), url).toBe(true);
    // Never a whole sovereign domain: customers' storage accounts live under *.chinacloudapi.cn.
    expect(matchesAny(china, 'https://mine.blob.core.chinacloudapi.cn/')).toBe(false);
    expect(china.some((o) => o.includes('portal.azure.com') || o.includes('microsoftonline.com'))).toBe(false);
  });

  it('recognises a URL by cloud and portal', () => {
    expect(cloudOfUrl('https://entra.microsoftonline.cn/#home')).toBe('china');
    expect(cloudOfUrl('https://portal.azure.us/')).toBe('usgov');
    expect(cloudOfUrl('https://entra.microsoft.com/')).toBe('public');
    expect(cloudOfUrl('https://example.cn/')).toBeNull();
    expect(portalOfUrl('https://sandbox-2.reactblade.portal.chinacloudapi.cn/v')).toBe('entra');
    expect(isLoginUrl('https://login.partner.microsoftonline.cn/t/saml2')).toBe(true);
    expect(isEntraSignInUrl('https://login.microsoftonline.us/t/saml2')).toBe(true);
    expect(isSignInHost('login.chinacloudapi.cn')).toBe(true);
    expect(isSignInHost('evil-login.partner.microsoftonline.cn.example')).toBe(false);
  });

  it('a view frame of one cloud inside another cloud’s admin center is not trusted', () => {
    const sender = (url: string, tabUrl: string) => ({
      id: 'x',
      frameId: 3,
      url,
      tab: { id: 1, url: tabUrl, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    });
    expect(frameOf(sender('https://sandbox-1.reactblade.portal.chinacloudapi.cn/v', 'https://portal.azure.cn/'))?.kind).toBe('view');
    expect(frameOf(sender('https://sandbox-1.reactblade.portal.chinacloudapi.cn/v', 'https://entra.microsoft.com/'))).toBeNull();
    expect(frameOf(sender('https://sandbox-1.reactblade.portal.azure.net/v', 'https://portal.azure.cn/'))).toBeNull();
  });
});

describe('the setup and the doctor follow the cloud', () => {
  it('the China Login URL and issuer are valid values, and name their tenant', () => {
    expect(LoginUrl.safeParse(`https://login.partner.microsoftonline.cn/${TENANT}/saml2`).success).toBe(true);
    expect(IssuerUrl.safeParse(`https://sts.chinacloudapi.cn/${TENANT}/`).success).toBe(true);
    expect(IssuerUrl.safeParse(`https://sts.chinacloudapi.cn.example/${TENANT}/`).success).toBe(false);
    expect(tenantIdFrom(`https://sts.chinacloudapi.cn/${TENANT}/`)).toBe(TENANT);
  });

  it('metadata is fetched from the chosen cloud’s sign-in host, and no other sovereign one', () => {
    const china = `https://login.partner.microsoftonline.cn/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP}`;
    expect(checkMetadataUrl(china, 'china').ok).toBe(true);
    const refused = checkMetadataUrl(china, 'public');
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.error).toContain('https://login.microsoftonline.com/');
    expect(checkMetadataUrl(china.replace('login.partner.microsoftonline.cn', 'login.microsoftonline.us'), 'china').ok).toBe(false);
    // The public host stays allowed: a China admin may still open a public tenant.
    expect(checkMetadataUrl(china.replace('login.partner.microsoftonline.cn', 'login.microsoftonline.com'), 'china').ok).toBe(true);
  });

  it('the doctor expects the chosen cloud’s issuer for a bare tenant id, and knows every cloud’s issuer as Entra’s', () => {
    expect(issuerFrom(TENANT, 'china')).toBe(`https://sts.chinacloudapi.cn/${TENANT}/`);
    expect(issuerFrom(TENANT)).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(entraIssuerFor(TENANT, 'china')).toBe(`https://${CLOUDS.china.issuerHost}/${TENANT}/`);
    expect(isEntraIssuer(`https://sts.chinacloudapi.cn/${TENANT}/`)).toBe(true);
    expect(isEntraIssuer(`https://sts.example.cn/${TENANT}/`)).toBe(false);
  });

  it('the step links go to the chosen cloud’s admin center', () => {
    const session = parseSession(undefined, new Date());
    expect(stepLink('create-app', session, 'china')?.url).toMatch(/^https:\/\/entra\.microsoftonline\.cn\/#view\//);
    expect(stepLink('create-app', session, 'usgov')?.url).toMatch(/^https:\/\/entra\.microsoft\.us\/#view\//);
    expect(stepLink('create-app', session)?.url).toMatch(/^https:\/\/entra\.microsoft\.com\/#view\//);
  });
});
