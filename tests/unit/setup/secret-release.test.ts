import { describe, expect, it } from 'vitest';
import { createSetupService } from '@/utils/background/setup/service';
import type { FrameRef } from '@/utils/background/setup/frames';
import { createSessionStore, memoryArea } from '@/utils/setup/session-store';
import { T0 } from './helpers';

const FORM: FrameRef = {
  portal: 'entra',
  kind: 'top',
  tabId: 7,
  frameId: 0,
  url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning',
  topUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning',
};
const OTHER: FrameRef = { ...FORM, kind: 'view', frameId: 3, url: 'https://sandbox-1.reactblade.portal.azure.net/x' };

function setup() {
  let now = T0;
  const store = createSessionStore({ local: memoryArea(), session: memoryArea(), now: () => now });
  const service = createSetupService({ store, now: () => now, fetch: () => Promise.reject(new Error('offline')) });
  return { store, service, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('the SCIM token goes only where the admin releases it', () => {
  it('a form that needs it only files a request; the plan has no token until the admin confirms', async () => {
    const { service } = setup();
    await service.scimToken('jc_scim_secret', 'https://app.justcall.io/app/settings/security/provisioning');
    expect((await service.readiness('entra/provisioning-credentials', FORM)).secret).toBe('confirm');
    const before = await service.plan('entra/provisioning-credentials', FORM);
    expect(before.secretToken).toBeNull();
    expect(before.missing.join(' ')).toMatch(/confirm in the assistant's side panel/);
    const state = await service.state();
    expect(state.hasScimToken).toBe(true);
  });

  it('after the confirmation, that frame gets it, another frame does not, and it expires', async () => {
    const { service, store, later } = setup();
    await service.scimToken('jc_scim_secret', 'https://app.justcall.io/p');
    await service.readiness('entra/provisioning-credentials', FORM);
    expect((await store.readRelease()).request?.to).toMatchObject({ tabId: 7, frameId: 0 });
    expect(await service.releaseSecret()).toMatchObject({ ok: true });
    expect((await service.plan('entra/provisioning-credentials', FORM)).secretToken).toBe('jc_scim_secret');
    expect((await service.readiness('entra/provisioning-credentials', FORM)).secret).toBe('released');
    expect((await service.plan('entra/provisioning-credentials', OTHER)).secretToken).toBeNull();
    expect((await service.plan('entra/provisioning-credentials', null)).secretToken).toBeNull();
    later(6 * 60_000);
    expect((await service.plan('entra/provisioning-credentials', FORM)).secretToken).toBeNull();
  });

  it("a hosting frame (another team's portal extension) is never offered the token, not even for confirmation", async () => {
    const { service, store } = setup();
    const HOSTING: FrameRef = { ...FORM, kind: 'hosting', frameId: 5, url: 'https://evil.hosting.portal.azure.net/scim' };
    await service.scimToken('jc_scim_secret', 'https://app.justcall.io/p');
    expect((await service.readiness('entra/provisioning-credentials', HOSTING)).secret).toBe('withheld');
    const plan = await service.plan('entra/provisioning-credentials', HOSTING);
    expect(plan.secretToken).toBeNull();
    expect(plan.missing.join(' ')).toMatch(/not in the admin center's own page/);
    expect((await store.readRelease()).request).toBeNull();
    expect(await service.releaseSecret()).toMatchObject({ ok: false });
    // Even with a grant for the real form, the hosting frame gets nothing.
    await service.readiness('entra/provisioning-credentials', FORM);
    await service.releaseSecret();
    expect((await service.plan('entra/provisioning-credentials', HOSTING)).secretToken).toBeNull();
    expect((await service.plan('entra/provisioning-credentials', FORM)).secretToken).toBe('jc_scim_secret');
  });

  it('nothing to release without a request; declining clears it; filling clears token and grant', async () => {
    const { service, store } = setup();
    expect(await service.releaseSecret()).toMatchObject({ ok: false });
    await service.scimToken('jc_scim_secret', 'https://app.justcall.io/p');
    await service.readiness('entra/provisioning-credentials', FORM);
    await service.declineSecret();
    expect((await store.readRelease()).request).toBeNull();
    await service.readiness('entra/provisioning-credentials', FORM);
    await service.releaseSecret();
    await service.filled({
      type: 'setup:filled',
      feature: 'entra/provisioning-credentials',
      url: FORM.url,
      results: [{ field: 'secretToken', label: 'Secret Token', status: 'filled', expected: '(hidden)' }],
    });
    expect(await store.readScimToken()).toBeNull();
    expect(await store.readRelease()).toEqual({ request: null, grant: null });
  });

  it('features that need no secret are never given one', async () => {
    const { service } = setup();
    await service.scimToken('jc_scim_secret', 'https://app.justcall.io/p');
    expect((await service.readiness('entra/basic-saml', FORM)).secret).toBe('none');
    expect((await service.plan('entra/basic-saml', FORM)).secretToken).toBeNull();
  });
});
