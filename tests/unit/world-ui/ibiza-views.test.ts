import { describe, expect, it } from 'vitest';
import { CLOUDS } from '@/tests/world/server/clouds';
import { ownWording, STRINGS, translator } from '@/tests/world/client/entra/ibiza/strings';
import { MIXED_STACK, reactViewHost, stackOf, VIEW_IDS } from '@/tests/world/client/entra/ibiza/views';

describe('which stack draws a view', () => {
  it('follows portalUi, and in mixed the evidence: the SAML page in Knockout, Users and groups in Fluent', () => {
    for (const v of VIEW_IDS) {
      expect(stackOf(v, 'fluent')).toBe('fluent');
      expect(stackOf(v, 'knockout')).toBe('knockout');
    }
    expect(stackOf('SamlConfiguration', 'mixed')).toBe('knockout');
    expect(stackOf('UsersAndGroups', 'mixed')).toBe('fluent');
    expect(stackOf('ProvisioningClassic', 'mixed')).toBe('knockout');
    expect(stackOf('ProvisioningNew', 'mixed')).toBe('fluent');
    // Both stacks appear in mixed.
    expect(new Set(Object.values(MIXED_STACK))).toEqual(new Set(['fluent', 'knockout']));
  });
});

describe('the React view host of a view', () => {
  it('is the same for the same seed, and the views of one seed span the reactblade, -ms and -rc families', () => {
    expect(reactViewHost('ManageClaim', 3, 'public')).toBe(reactViewHost('ManageClaim', 3, 'public'));
    const families = new Set(VIEW_IDS.map((v) => /\.(reactblade(?:-ms|-rc)?)\./.exec(reactViewHost(v, 1, 'public'))?.[1]));
    expect(families).toEqual(new Set(['reactblade', 'reactblade-ms', 'reactblade-rc']));
    for (const v of VIEW_IDS) expect(CLOUDS.china.reactViewHosts).toContain(reactViewHost(v, 1, 'china'));
  });
});

describe('labels in German and Japanese', () => {
  it('draw the doc-sourced forms, with Login URL and Sign on URL alike in German (observation 1)', () => {
    const de = translator('de');
    const ja = translator('ja');
    expect(de('signOnUrl')).toBe('Anmelde-URL');
    expect(de('loginUrl')).toBe('Anmelde-URL');
    expect(ja('signOnUrl')).not.toBe(ja('loginUrl'));
    expect(ja('replyUrl')).toBe('応答 URL (Assertion Consumer Service URL)');
    // Learn (ja, 2026) leaves "Test Connection" in English.
    expect(ja('testConnection')).toBe('Test Connection');
    expect(de('setUpApp', { app: 'JustCall' })).toBe('JustCall einrichten');
  });

  it("flag the world's own wording, and none of the doc-sourced labels", () => {
    expect(ownWording('de')).toContain('addIdentifier');
    expect(ownWording('de')).not.toContain('identifier');
    expect(ownWording('ja')).not.toContain('tenantUrl');
    for (const key of Object.keys(STRINGS) as (keyof typeof STRINGS)[]) {
      expect(STRINGS[key].de.length).toBeGreaterThan(0);
      expect(STRINGS[key].ja.length).toBeGreaterThan(0);
    }
  });

  it('apply a renamed-label fault to the text drawn', () => {
    expect(translator('en', { 'Reply URL (Assertion Consumer Service URL)': 'Reply URL (ACS URL)' })('replyUrl')).toBe(
      'Reply URL (ACS URL)',
    );
  });
});
