import { describe, expect, it } from 'vitest';
import { appRoute, formatHash, parseHash } from '@/tests/world/client/entra/route';

const ids = { objectId: '11111111-2222-3333-4444-555555555555', appId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' };

describe('Entra hash routes', () => {
  it('parses the real SAML deep link shape', () => {
    const r = parseHash(
      `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${ids.objectId}/appId/${ids.appId}/preferredSingleSignOnMode/saml/servicePrincipalType/Application`,
    );
    expect(r).toEqual({ blade: 'app', section: 'SignOn', ...ids, samlMode: true });
  });

  it('parses the enterprise applications list', () => {
    expect(parseHash('#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview')).toEqual({ blade: 'enterpriseApps' });
  });

  it('round-trips every app section', () => {
    for (const section of ['Overview', 'UsersAndGroups', 'SignOn', 'Provisioning'] as const) {
      const route = appRoute(ids, section, section === 'SignOn');
      expect(parseHash(formatHash(route))).toEqual(route);
    }
    for (const blade of ['addAssignment', 'claims'] as const) {
      const route = { blade, ...ids };
      expect(parseHash(formatHash(route))).toEqual(route);
    }
  });

  it('falls back safely on unknown or incomplete hashes', () => {
    expect(parseHash('')).toEqual({ blade: 'home' });
    expect(parseHash('#view/Other_Extension/Blade')).toEqual({ blade: 'home' });
    expect(parseHash('#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview')).toEqual({ blade: 'enterpriseApps' });
    expect(parseHash('#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Nope/objectId/x/appId/y')).toMatchObject({ section: 'Overview' });
  });
});
