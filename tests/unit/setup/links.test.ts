import { describe, expect, it } from 'vitest';
import { stepLink } from '@/utils/setup/links';
import { APP_ID, OBJECT_ID, pageSource, session } from './helpers';

describe('step links (issue 13, point 8)', () => {
  it('SCIM starts at JustCall, and goes to Entra’s Provisioning once JustCall’s Tenant URL is read', () => {
    const s = session((x) => {
      x.values.appId = { value: APP_ID, source: pageSource('entra/create-app') };
      x.values.objectId = { value: OBJECT_ID, source: pageSource('entra/create-app') };
    });
    expect(stepLink('scim', s)).toEqual({
      url: 'https://app.justcall.io/app/settings/security/provisioning',
      label: 'Open JustCall Provisioning settings',
    });
    s.values.scimTenantUrl = { value: 'https://scim.justcall.io/v2/acct-1', source: pageSource('justcall/provisioning', 'justcall') };
    expect(stepLink('scim', s)?.url).toContain(`/Provisioning/objectId/${OBJECT_ID}/appId/${APP_ID}`);
    expect(stepLink('scim', s)?.label).toBe("Open Entra's Provisioning");
  });
});
