import { describe, expect, it } from 'vitest';
import { checkMetadataUrl, derToPem, fetchMetadata, metadataFacts, pickSigningCert } from '@/utils/setup/metadata';
import { loadCertificate } from '@/utils/saml/cert';
import { APP_ID, TENANT, sample, tenantMetadata } from './helpers';

const URL_OK = `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP_ID}`;

describe('metadata URL pinning', () => {
  it("accepts Entra's App Federation Metadata Url", () => {
    expect(checkMetadataUrl(URL_OK)).toMatchObject({ ok: true, tenant: TENANT, appId: APP_ID });
  });
  it.each([
    [`http://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml`],
    [`https://login.microsoftonline.com.evil.example/${TENANT}/federationmetadata/2007-06/federationmetadata.xml`],
    [`https://evil@login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml`],
    [`https://login.microsoftonline.com/${TENANT}/oauth2/token`],
    [`https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=x`],
    ['not a url'],
  ])('refuses %s', (url) => {
    expect(checkMetadataUrl(url).ok).toBe(false);
  });
});

describe('metadata facts (real Entra sample)', () => {
  it('takes the Identifier, the Login URL and every signing certificate', async () => {
    const facts = await metadataFacts(tenantMetadata());
    if (!facts.ok) throw new Error(facts.error);
    expect(facts.identifier).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(facts.loginUrl).toBe(`https://login.microsoftonline.com/${TENANT}/saml2`);
    expect(facts.certificates.length).toBeGreaterThan(0);
    expect(facts.certificates[0]!.sha1).toMatch(/^[0-9A-F]{40}$/);
  });

  it('picks the certificate the blade calls active, else the first', async () => {
    const facts = await metadataFacts(tenantMetadata());
    if (!facts.ok) throw new Error(facts.error);
    const last = facts.certificates.at(-1)!;
    expect(pickSigningCert(facts.certificates, last.sha1.toLowerCase())?.sha1).toBe(last.sha1);
    expect(pickSigningCert(facts.certificates, 'FFFF')?.sha1).toBe(facts.certificates[0]!.sha1);
  });

  it('says what is wrong with a non-metadata document', async () => {
    expect(await metadataFacts('<html/>')).toMatchObject({ ok: false });
    expect(await metadataFacts('not xml')).toMatchObject({ ok: false });
  });

  it('round-trips DER to PEM', async () => {
    const b64 = sample('entra/aad_signing_cert_2017.b64').trim();
    const info = await loadCertificate(b64);
    expect((await loadCertificate(derToPem(info.der))).sha1).toBe(info.sha1);
  });
});

describe('fetchMetadata', () => {
  it('fetches without cookies or redirects and parses', async () => {
    let seen: RequestInit | undefined;
    const result = await fetchMetadata(URL_OK, async (_url, init) => {
      seen = init;
      return new Response(tenantMetadata(), { status: 200 });
    });
    expect(result.ok).toBe(true);
    expect(seen).toMatchObject({ credentials: 'omit', redirect: 'error' });
  });

  it('never fetches a URL off login.microsoftonline.com', async () => {
    let called = false;
    const result = await fetchMetadata('https://evil.example/x', async () => {
      called = true;
      return new Response('');
    });
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
  });

  it('reports HTTP errors, network errors and timeouts without throwing', async () => {
    expect(await fetchMetadata(URL_OK, async () => new Response('no', { status: 404 }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('404'),
    });
    expect(
      await fetchMetadata(URL_OK, async () => {
        throw new TypeError('offline');
      }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('offline') });
    const hang = (_u: string, init: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))),
      );
    expect(await fetchMetadata(URL_OK, hang, 20)).toMatchObject({ ok: false, error: expect.stringContaining('timed out') });
  });
});
