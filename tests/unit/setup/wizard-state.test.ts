import { describe, expect, it } from 'vitest';
import { checkClaims } from '@/utils/features/entra/claims-rules';
import { deriveWizard } from '@/utils/setup/wizard/derive';
import { sameThumbprint } from '@/utils/setup/wizard/compare';
import type { SetupSession } from '@/utils/setup/session';
import { APP_ID, OBJECT_ID, T0, TENANT, pageSource, session } from './helpers';

const ctx = { hasScimToken: false };
const stateOf = (s: SetupSession, id: string) => deriveWizard(s, ctx).steps.find((x) => x.id === id)!;
const obs = (values: Record<string, unknown>, saved = true) => ({
  url: 'https://entra.microsoft.com/',
  at: T0.toISOString(),
  saved,
  values: values as never,
});

describe('wizard state', () => {
  it('a JustCall account without provisioning makes the SCIM step say so instead of waiting', () => {
    const unsupported = session((x) => {
      x.observations['justcall/provisioning'] = obs({ unavailable: 'not-supported' });
    });
    expect(stateOf(unsupported, 'scim').summary).toMatch(/not supported/);
    const noPage = session((x) => {
      x.observations['justcall/provisioning'] = obs({ unavailable: 'no-page' });
    });
    expect(stateOf(noPage, 'scim').summary).toMatch(/not available/);
  });

  it('JustCall without an Issuer field: the IdP step is done on SSO URL and certificate alone', () => {
    const s = session((x) => {
      x.observations['justcall/sso'] = obs({
        ssoUrl: 'https://login.microsoftonline.com/t/saml2',
        certificatePresent: true,
        issuerField: false,
      });
    });
    expect(stateOf(s, 'justcall-idp').state).toBe('done');
    const withField = session((x) => {
      x.observations['justcall/sso'] = obs({ ssoUrl: 'https://login.microsoftonline.com/t/saml2', certificatePresent: true });
    });
    expect(stateOf(withField, 'justcall-idp').state).not.toBe('done');
  });

  it("a fresh session has every step not started and uses JustCall's documented defaults", () => {
    const view = deriveWizard(session(), ctx);
    expect(view.steps.map((s) => s.state)).toEqual(Array(8).fill('not-started'));
    const acs = view.values.find((v) => v.key === 'acsUrl')!;
    expect(acs.value).toBe('https://bifrost.justcall.io/passport/login/callback');
    expect(acs.sourceText).toBe("JustCall's documented default");
    expect(view.values.find((v) => v.key === 'entityId')!.value).toBe('JustCall');
  });

  it('step 1 is done only after the lockout warning is acknowledged', () => {
    const s = session((x) => {
      x.observations['justcall/sso'] = obs({ enabled: true, acsUrl: 'https://bifrost.justcall.io/passport/login/callback' });
    });
    expect(stateOf(s, 'justcall-sso').state).toBe('in-progress');
    s.lockoutAcknowledged = true;
    expect(stateOf(s, 'justcall-sso').state).toBe('done');
  });

  it('Basic SAML is not done from a fill or an open edit form, only from the saved view', () => {
    const s = session((x) => {
      x.fills['entra/basic-saml'] = {
        url: 'u',
        at: 't',
        results: [{ field: 'replyUrl', label: 'Reply URL', status: 'filled', expected: 'x' }],
      };
      x.observations['entra/basic-saml'] = obs(
        { identifier: ['JustCall'], replyUrl: ['https://bifrost.justcall.io/passport/login/callback'] },
        false,
      );
    });
    expect(stateOf(s, 'basic-saml').state).toBe('in-progress');
    s.observations['entra/basic-saml'] = obs({
      identifier: ['JustCall'],
      replyUrl: ['https://bifrost.justcall.io/passport/login/callback'],
      signOnUrl: 'https://app.justcall.io/login',
    });
    expect(stateOf(s, 'basic-saml').state).toBe('done');
  });

  it('reports a wrong Reply URL with the exact fix and AADSTS50011', () => {
    const s = session((x) => {
      x.observations['entra/basic-saml'] = obs({
        identifier: ['JustCall'],
        replyUrl: ['https://bifrost.justcall.io/passport/login/callbak'],
      });
    });
    const step = stateOf(s, 'basic-saml');
    expect(step.state).toBe('problem');
    const m = step.problems.find((p) => p.id === 'reply-url-mismatch')!;
    expect(m.detail).toContain('AADSTS50011');
    expect(m.fix).toContain('https://bifrost.justcall.io/passport/login/callback');
  });

  it('names the trailing slash when that is the only difference in the Identifier', () => {
    const s = session((x) => {
      x.values.entityId = { value: 'https://justcall.io/saml', source: pageSource('justcall/sso', 'justcall') };
      x.observations['entra/basic-saml'] = obs({
        identifier: ['https://justcall.io/saml/'],
        replyUrl: ['https://bifrost.justcall.io/passport/login/callback'],
      });
    });
    expect(stateOf(s, 'basic-saml').problems[0]!.title).toMatch(/trailing slash/);
  });

  it('checks claims: source, empty namespace, and warns about the UPN', () => {
    const good = [
      { name: 'email', namespace: '', source: 'user.mail' },
      { name: 'firstName', namespace: '', source: 'user.givenname' },
      { name: 'lastName', namespace: '', source: 'user.surname' },
    ];
    expect(checkClaims(good).checks.every((c) => c.ok)).toBe(true);
    const bad = checkClaims([
      { name: 'email', namespace: '', source: 'user.userprincipalname' },
      { name: 'firstName', namespace: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims', source: 'user.givenname' },
    ]);
    expect(bad.checks.map((c) => c.ok)).toEqual([false, false, false]);
    expect(bad.checks[1]!.problem).toMatch(/Namespace/);
    expect(bad.warnings[0]).toMatch(/userprincipalname/);
  });

  it('claims step is done when the rows are right and a problem when a saved row is wrong', () => {
    const s = session((x) => {
      x.observations['entra/claims'] = obs({
        claims: [
          { name: 'email', namespace: '', source: 'user.mail' },
          { name: 'firstName', namespace: '', source: 'user.givenname' },
          { name: 'lastName', namespace: '', source: 'user.surname' },
        ],
      });
    });
    expect(stateOf(s, 'claims').state).toBe('done');
    s.observations['entra/claims'] = obs({
      claims: [{ name: 'email', namespace: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims', source: 'user.mail' }],
    });
    expect(stateOf(s, 'claims').state).toBe('problem');
  });

  it("flags JustCall trusting a different certificate than Entra's active one", () => {
    const s = session((x) => {
      x.observations['entra/certificates'] = obs({ thumbprint: 'AB CD EF 01' });
      x.observations['justcall/sso'] = obs({
        ssoUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
        issuer: `https://sts.windows.net/${TENANT}/`,
        certificateThumbprint: '99887766',
      });
    });
    const step = stateOf(s, 'justcall-idp');
    expect(step.state).toBe('problem');
    expect(step.problems[0]!.id).toBe('certificate-mismatch');
    s.observations['justcall/sso'] = obs({
      ssoUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
      issuer: `https://sts.windows.net/${TENANT}/`,
      certificateThumbprint: 'abcdef01',
    });
    expect(stateOf(s, 'justcall-idp').state).toBe('done');
  });

  it('no users assigned is a problem that names AADSTS50105', () => {
    const s = session((x) => {
      x.observations['entra/users-groups'] = obs({ assigned: 0 });
    });
    expect(stateOf(s, 'assignment').state).toBe('problem');
    expect(stateOf(s, 'assignment').problems[0]!.detail).toContain('AADSTS50105');
    s.observations['entra/users-groups'] = obs({ assigned: 2 });
    expect(stateOf(s, 'assignment').state).toBe('done');
  });

  it("links straight to the app's SAML blade once its ids were read", () => {
    const s = session();
    expect(stateOf(s, 'basic-saml').link!.url).toContain('StartboardApplicationsMenuBlade');
    s.values.appId = { value: APP_ID, source: pageSource('entra/create-app') };
    s.values.objectId = { value: OBJECT_ID, source: pageSource('entra/create-app') };
    expect(stateOf(s, 'basic-saml').link!.url).toBe(
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${OBJECT_ID}/appId/${APP_ID}/preferredSingleSignOnMode/saml`,
    );
    expect(stateOf(s, 'create-app').state).toBe('done');
  });

  it('lists fields not found and conflicts from fill reports, and foreign-language portals', () => {
    const s = session((x) => {
      x.fills['entra/basic-saml'] = {
        url: 'u',
        at: 't',
        results: [
          { field: 'replyUrl', label: 'Reply URL', status: 'not-found', expected: 'https://bifrost.justcall.io/passport/login/callback' },
          { field: 'identifier', label: 'Identifier', status: 'conflict', before: 'x', expected: 'JustCall' },
        ],
      };
      x.languages.entra = { lang: 'sv-SE', english: false, at: 't', url: 'u' };
      x.languages.justcall = { lang: 'de', english: false, at: 't', url: 'u' };
    });
    const view = deriveWizard(s, ctx);
    expect(view.missing).toEqual([
      { feature: 'entra/basic-saml', label: 'Reply URL', wanted: 'https://bifrost.justcall.io/passport/login/callback' },
    ]);
    expect(view.conflicts[0]!.label).toBe('Identifier');
    // Entra in German has its labels; Entra in Swedish and JustCall in anything but English do not.
    expect(view.foreignPortals).toEqual([
      { portal: 'entra', lang: 'sv-SE' },
      { portal: 'justcall', lang: 'de' },
    ]);
  });

  it("marks an invalid carried value with the validator's reason", () => {
    const s = session((x) => {
      x.values.loginUrl = { value: 'http://evil.example/saml2', source: pageSource('entra/setup-app') };
    });
    const v = deriveWizard(s, ctx).values.find((x) => x.key === 'loginUrl')!;
    expect(v.valid).toBe(false);
    expect(v.problem).toMatch(/login\.microsoftonline\.com/);
  });

  it('compares thumbprints ignoring case and separators', () => {
    expect(sameThumbprint('ab:cd', 'ABCD')).toBe(true);
    expect(sameThumbprint('', '')).toBe(false);
    expect(sameThumbprint('AB', 'AC')).toBe(false);
  });
});

describe('Attributes & Claims before it is touched (issue 13, point 5)', () => {
  const NS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
  it("Entra's defaults are a step not started, not a problem; a wrong claim of ours is a problem", () => {
    const s = session((x) => {
      x.observations['entra/claims'] = obs({
        claims: [
          { name: 'emailaddress', namespace: NS, source: 'user.mail' },
          { name: 'givenname', namespace: NS, source: 'user.givenname' },
          { name: 'surname', namespace: NS, source: 'user.surname' },
          { name: 'name', namespace: NS, source: 'user.userprincipalname' },
        ],
      });
    });
    expect(stateOf(s, 'claims')).toMatchObject({ state: 'not-started', summary: expect.stringContaining('3 to change') });
    s.observations['entra/claims'] = obs({ claims: [{ name: 'email', namespace: NS, source: 'user.mail' }] });
    expect(stateOf(s, 'claims').state).toBe('problem');
  });
});
