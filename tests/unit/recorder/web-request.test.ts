import { describe, expect, it } from 'vitest';
import { recordFromBeforeRequest } from '@/utils/recorder/web-request';
import { entraResponseB64, failedResponseB64, redirectQuery } from './samples';
import { decodePostBody, decodeRedirectQuery } from '@/utils/saml/decode';

const ACS = 'https://bifrost.justcall.io/passport/login/callback';

function postDetails(formData: Record<string, string[]>, extra: Record<string, unknown> = {}) {
  return { requestId: '42', url: ACS, method: 'POST', tabId: 7, timeStamp: 1_700_000_000_000, requestBody: { formData }, ...extra };
}

describe('recordFromBeforeRequest', () => {
  it('records an HTTP-POST SAMLResponse from formData and keeps only the SAML fields', async () => {
    const b64 = entraResponseB64();
    const rec = recordFromBeforeRequest(postDetails({ SAMLResponse: [b64], RelayState: ['rs-1'], password: ['hunter2'] }));
    expect(rec).not.toBeNull();
    expect(rec!.id).toBe('wr-42');
    expect(rec!.param).toBe('SAMLResponse');
    expect(rec!.tabId).toBe(7);
    expect(rec!.quick).toBe('ok');
    expect(rec!.body).not.toContain('hunter2');
    expect(rec!.body).toContain('RelayState=rs-1');
    // The stored body must decode back to the same message.
    const decoded = await decodePostBody(rec!.body!);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.message.xml).toContain('tercen');
  });

  it('reads a raw (unparsed) urlencoded body', () => {
    const body = `SAMLResponse=${encodeURIComponent(entraResponseB64())}&RelayState=x`;
    const bytes = new TextEncoder().encode(body);
    const rec = recordFromBeforeRequest({ ...postDetails({}), requestBody: { raw: [{ bytes: bytes.buffer.slice(0) }] } });
    expect(rec?.param).toBe('SAMLResponse');
  });

  it('marks a Response with a non-Success status as failed', () => {
    const rec = recordFromBeforeRequest(postDetails({ SAMLResponse: [failedResponseB64()] }));
    expect(rec?.quick).toBe('failed');
  });

  it('records an HTTP-Redirect AuthnRequest from the URL of a GET, with the signed query intact', async () => {
    const url = `https://login.microsoftonline.com/tenant/saml2?${redirectQuery()}`;
    const rec = recordFromBeforeRequest({ requestId: '9', url, method: 'GET', tabId: 3, timeStamp: 1 });
    expect(rec?.param).toBe('SAMLRequest');
    expect(rec?.body).toBeNull();
    const decoded = await decodeRedirectQuery(rec!.url);
    expect(decoded.ok && decoded.message.signedQuery).toBeTruthy();
  });

  it('ignores requests without SAML and malformed details', () => {
    expect(recordFromBeforeRequest(postDetails({ user: ['a'] }))).toBeNull();
    expect(recordFromBeforeRequest({ url: ACS })).toBeNull();
    expect(recordFromBeforeRequest(null)).toBeNull();
    expect(recordFromBeforeRequest({ requestId: '1', url: 'https://app.justcall.io/', method: 'GET', tabId: 1, timeStamp: 1 })).toBeNull();
  });

  it('gives the same fingerprint for the same message whatever the body encoding', () => {
    const b64 = entraResponseB64();
    const a = recordFromBeforeRequest(postDetails({ SAMLResponse: [b64] }));
    const wrapped = b64.replace(/(.{76})/g, '$1\r\n');
    const b = recordFromBeforeRequest(postDetails({ SAMLResponse: [wrapped] }, { requestId: '43' }));
    expect(a!.fingerprint).toBe(b!.fingerprint);
  });
});
