import { describe, expect, it } from 'vitest';
import { appIdsFromUrl } from '@/utils/content/app-ids';
import { reportable } from '@/utils/content/reportable';
import { portalOfUrl as senderPortal } from '@/utils/hosts';
import { entraAppLink } from '@/utils/setup/links';
import { APP_ID, OBJECT_ID } from './helpers';

describe('content side', () => {
  it('reads the app ids from the top page hash and from a blade frame URL', () => {
    const hash = `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${OBJECT_ID}/appId/${APP_ID}/preferredSingleSignOnMode/saml`;
    expect(appIdsFromUrl(hash)).toEqual({ objectId: OBJECT_ID, appId: APP_ID });
    const frame = `https://sso.reactblade.portal.azure.net/blade?hash=${encodeURIComponent(hash.split('#')[1] ?? '')}`;
    expect(appIdsFromUrl(frame)).toEqual({ objectId: OBJECT_ID, appId: APP_ID });
    expect(appIdsFromUrl('https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade')).toBeNull();
    expect(appIdsFromUrl('https://entra.microsoft.com/%E0%A4%A')).toBeNull();
  });

  it('masks the secret token and caps sizes before results leave the page', () => {
    const out = reportable([
      { field: 'secretToken', label: 'Secret Token', status: 'filled', before: '', after: 'tok-123', expected: 'tok-123' },
      { field: 'tenantUrl', label: 'Tenant URL', status: 'filled', before: '', after: 'x'.repeat(20_000), expected: 'https://x' },
    ]);
    expect(JSON.stringify(out)).not.toContain('tok-123');
    expect(out[0]).toMatchObject({ after: '(hidden)', expected: '(hidden)', before: '' });
    expect(out[1]?.after?.length).toBe(8000);
  });

  it("accepts content-script messages only from the portals' own https hosts", () => {
    expect(senderPortal('https://entra.microsoft.com/#view')).toBe('entra');
    expect(senderPortal('https://sso.reactblade.portal.azure.net/blade')).toBe('entra');
    expect(senderPortal('https://provisioning.hosting.portal.azure.net/x')).toBe('entra');
    expect(senderPortal('https://app.justcall.io/app/settings')).toBe('justcall');
    expect(senderPortal('http://app.justcall.io/')).toBeNull();
    expect(senderPortal('https://app.justcall.io.evil.example/')).toBeNull();
    expect(senderPortal('https://evil.reactblade.portal.azure.net.example/')).toBeNull();
    expect(senderPortal(undefined)).toBeNull();
  });

  it('builds deep links only from real ids', () => {
    expect(entraAppLink('UsersAndGroups', OBJECT_ID, APP_ID)).toBe(
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/UsersAndGroups/objectId/${OBJECT_ID}/appId/${APP_ID}`,
    );
    expect(entraAppLink('SignOn', '../x', APP_ID)).toBeNull();
  });
});
