import { describe, expect, it } from 'vitest';
import { recordsToItems } from '@/utils/doctor/records-to-items';
import { analyseItems } from '@/utils/doctor/analyse-items';
import { diagnose } from '@/utils/doctor/diagnosis';
import { entryToShow } from '@/utils/doctor/shown-entry';
import { toContext, expectedFromSession, issuerFrom, mergeExpected, EMPTY_EXPECTED } from '@/utils/doctor/expected';
import { buildExport } from '@/utils/doctor/exports';
import { recordFromBeforeRequest } from '@/utils/recorder/web-request';
import { recordFromErrorPage } from '@/utils/recorder/error-page-record';
import { emptySession } from '@/utils/setup/session';
import { entraResponseB64, redirectQuery, sample } from '@/tests/unit/recorder/samples';

const ACS = 'https://bifrost.justcall.io/passport/login/callback';
const CERT = sample('entra/tercen_entra_app_signing_cert_2022.pem');
// The sample was issued in 2022: judge it at its own time, as a capture would.
const NOW = '2022-02-23T17:50:00Z';

function postRecord(b64: string, at: number) {
  return recordFromBeforeRequest({
    requestId: String(at),
    url: ACS,
    method: 'POST',
    tabId: 1,
    timeStamp: at,
    requestBody: { formData: { SAMLResponse: [b64] } },
  })!;
}

describe('captured records through the core analysis', () => {
  it('verifies the real Entra response and names what JustCall would miss in it (its claims)', async () => {
    const items = recordsToItems([postRecord(entraResponseB64(), Date.parse(NOW))]);
    const ctx = toContext({ ...EMPTY_EXPECTED, certificates: [{ label: 'Entra', cert: CERT }] });
    const [entry] = await analyseItems(items, { ...ctx, now: NOW });
    expect(entry?.kind).toBe('Response');
    expect(entry?.binding).toBe('HTTP-POST');
    expect(entry?.verdict).toBe('valid');
    expect(entry?.direction).toBe('idp-to-sp');
    // A tercen response carries none of JustCall's claims: the diagnosis must say so and point at the claims step.
    const d = diagnose(entry!);
    expect(d.tone).toBe('error');
    expect(d.headline).toContain('email');
    expect(d.step?.id).toBe('claims');
  });

  it('names an unverifiable signature when the expected certificate is a different one', async () => {
    const other = sample('authnrequests/crewjam_sp_cert.pem');
    const items = recordsToItems([postRecord(entraResponseB64(), Date.parse(NOW))]);
    const [entry] = await analyseItems(items, {
      ...toContext({ ...EMPTY_EXPECTED, certificates: [{ label: 'JustCall’s', cert: other }] }),
      now: NOW,
    });
    expect(entry?.verdict).toBe('invalid');
    const d = diagnose(entry!);
    expect(d.tone).toBe('error');
  });

  it('diagnoses an Entra error page by code, cause and setup step', async () => {
    const rec = recordFromErrorPage(
      {
        url: 'https://login.microsoftonline.com/t/saml2',
        code: 50011,
        message: 'AADSTS50011: The redirect URI does not match',
        requestId: 'abc',
      },
      1,
      'content',
      Date.now(),
    );
    const [entry] = await analyseItems(recordsToItems([rec]), toContext(EMPTY_EXPECTED));
    const d = diagnose(entry!);
    expect(d.headline).toBe('AADSTS50011 — Reply URL mismatch');
    expect(d.step?.id).toBe('basic-saml');
    expect(d.step?.title).toBe('Basic SAML Configuration');
  });

  it('shows the latest outcome first and decodes a Redirect AuthnRequest as sp-to-idp', async () => {
    const get = recordFromBeforeRequest({
      requestId: 'g',
      url: `https://login.microsoftonline.com/t/saml2?${redirectQuery()}`,
      method: 'GET',
      tabId: 1,
      timeStamp: 1,
    })!;
    const err = recordFromErrorPage(
      { url: 'https://login.microsoftonline.com/t/login', code: 50105, message: 'AADSTS50105: not assigned' },
      1,
      'content',
      2,
    );
    const entries = await analyseItems(recordsToItems([get, err]), toContext(EMPTY_EXPECTED));
    expect(entries[0]?.kind).toBe('AuthnRequest');
    expect(entries[0]?.direction).toBe('sp-to-idp');
    expect(entries[0]?.binding).toBe('HTTP-Redirect');
    expect(entryToShow(entries)?.kind).toBe('EntraError');
    expect(diagnose(entryToShow(entries)!).step?.id).toBe('assignment');
  });

  it('exports redacted by default: no NameID or e-mail of the user', async () => {
    const items = recordsToItems([postRecord(entraResponseB64(), Date.parse(NOW))]);
    const entries = await analyseItems(items, toContext(EMPTY_EXPECTED));
    const pii = 'test@alexandremaurelgmail.onmicrosoft.com';
    for (const kind of ['markdown', 'trace'] as const) {
      const red = buildExport(kind, entries, true);
      expect(red.text).not.toContain(pii);
      expect(red.text).not.toContain(entraResponseB64());
      expect(red.name).toContain('redacted');
    }
    const raw = buildExport('trace', entries, false);
    expect(raw.text).toContain(pii);
    expect(raw.name).toContain('UNREDACTED');
  });
});

describe('expected values', () => {
  it('turns a tenant id into the issuer and keeps URLs as given', () => {
    expect(issuerFrom('72F988BF-86F1-41AF-91AB-2D7CD011DB47')).toBe('https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/');
    expect(issuerFrom('https://sts.windows.net/x/')).toBe('https://sts.windows.net/x/');
    expect(issuerFrom('  ')).toBeUndefined();
  });

  it('reads the setup session and lets typed values win', () => {
    const s = emptySession(new Date());
    s.values.entityId = { value: 'JustCall', source: { kind: 'default', note: 'doc' } };
    s.values.acsUrl = { value: ACS, source: { kind: 'default', note: 'doc' } };
    s.values.tenantId = { value: '72f988bf-86f1-41af-91ab-2d7cd011db47', source: { kind: 'default', note: 'x' } };
    const got = expectedFromSession(s);
    expect(got?.values.entityId).toBe('JustCall');
    const merged = mergeExpected(got!.values, { ...EMPTY_EXPECTED, entityId: 'Other' });
    expect(merged.entityId).toBe('Other');
    expect(merged.acsUrl).toBe(ACS);
    const ctx = toContext(merged);
    expect(ctx.issuer).toBe('https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/');
    expect(expectedFromSession({ nonsense: true })).toBeNull();
    expect(expectedFromSession(undefined)).toBeNull();
  });

  it('takes the Reply URLs and Identifier Entra was seen to hold, and the issuer from the Microsoft Entra Identifier', () => {
    const s = emptySession(new Date());
    s.values.entityId = { value: 'JustCall', source: { kind: 'default', note: 'doc' } };
    s.values.entraIdentifier = {
      value: 'https://sts.windows.net/11111111-2222-3333-4444-555555555555/',
      source: { kind: 'default', note: 'x' },
    };
    s.observations['entra/basic-saml'] = {
      url: 'https://sso.reactblade.portal.azure.net/blade',
      at: new Date().toISOString(),
      saved: true,
      values: { identifier: ['JustCall/'], replyUrl: ['https://bifrost.justcall.io/passport/login'] },
    };
    const got = expectedFromSession(s);
    expect(got?.identifier).toBe('JustCall/');
    expect(got?.replyUrls).toEqual(['https://bifrost.justcall.io/passport/login']);
    expect(toContext(got!.values).issuer).toBe('https://sts.windows.net/11111111-2222-3333-4444-555555555555/');
  });
});
