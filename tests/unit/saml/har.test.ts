import { describe, expect, it } from 'vitest';
import { readSample } from '@/tests/helpers/samples';
import { analyseTrace } from '@/utils/saml/analyse';
import { buildTraceExport, readCapture, sourceFromText } from '@/utils/saml/har';
import { ACS, LOGIN, TENANT, authnRequestXml, b64, errorPageHtml, har, harEntry, responseXml, signInHar } from './har-fixtures';

const CTX = { entityId: 'JustCall', acsUrl: ACS, issuer: `https://sts.windows.net/${TENANT}/`, certificates: [] };

describe('HAR reading', () => {
  it('finds the Redirect request and the POSTed response in order, dropping the auto-post page copy', async () => {
    const res = await readCapture(sourceFromText(await signInHar(), 1000));
    expect(res.format).toBe('har');
    expect(res.entries).toBe(5);
    expect(res.notes).toEqual([]);
    expect(res.items.map((i) => [i.seq, i.type, i.type === 'saml' ? i.source : ''])).toEqual([
      [1, 'saml', 'query'],
      [3, 'saml', 'post'],
    ]);
  });

  it('keeps the auto-post page copy when the POST itself was not recorded', async () => {
    const resp = b64(responseXml());
    const form = `<form method="post" action="${ACS}"><input type="hidden" name="SAMLResponse" value="${resp}" /></form>`;
    const res = await readCapture(
      sourceFromText(har([harEntry({ time: '2025-03-01T10:00:04Z', method: 'POST', url: LOGIN, responseHtml: form })])),
    );
    expect(res.items).toHaveLength(1);
    const item = res.items[0];
    expect(item?.type === 'saml' && item.source).toBe('html-form');
    expect(item?.url).toBe(ACS);
  });

  it('reads multipart bodies and Entra error pages, also when stored base64', async () => {
    const boundary = '----b0undary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="SAMLResponse"\r\n\r\n${b64(responseXml())}\r\n--${boundary}--\r\n`;
    const text = har([
      harEntry({
        time: '2025-03-01T10:00:05Z',
        method: 'POST',
        url: ACS,
        postText: body,
        postMime: `multipart/form-data; boundary=${boundary}`,
      }),
      harEntry({
        time: '2025-03-01T10:01:00Z',
        method: 'POST',
        url: LOGIN,
        postText: 'x=1',
        responseHtml: errorPageHtml(50105),
        responseBase64: true,
      }),
      harEntry({ time: '2025-03-01T10:02:00Z', method: 'GET', url: 'https://evil.example/fake', responseHtml: errorPageHtml(50011) }),
    ]);
    const res = await readCapture(sourceFromText(text, 777));
    expect(res.items.map((i) => i.type)).toEqual(['saml', 'entra-error']);
    const err = res.items[1];
    expect(err?.type === 'entra-error' && err.page.code).toBe(50105);
    expect(err?.type === 'entra-error' && err.page.requestId).toBe('0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b');

    const trace = await analyseTrace(res.items, { ...CTX, now: '2025-03-01T10:00:06Z' });
    expect(trace.entries.map((e) => e.kind)).toEqual(['Response', 'EntraError']);
    expect(trace.entries[1]?.findings[0]?.id).toBe('aadsts.50105');
    expect(trace.entries[1]?.findings[0]?.step).toBe('assignment');
  });

  it('pairs the response with its AuthnRequest and judges it at capture time', async () => {
    const res = await readCapture(sourceFromText(await signInHar()));
    const trace = await analyseTrace(res.items, CTX);
    const [request, response] = trace.entries;
    expect(request?.kind).toBe('AuthnRequest');
    expect(request?.direction).toBe('sp-to-idp');
    expect(response?.kind).toBe('Response');
    expect(response?.pairedWith).toBe(0);
    expect(request?.pairedWith).toBe(1);
    const ids = response?.findings.map((f) => f.id) ?? [];
    // Checked at its capture time (10:00:05), so it is not expired; no InResponseTo complaint either.
    expect(ids).not.toContain('time.expired');
    expect(ids).not.toContain('in-response-to.mismatch');
    expect(response?.verdict).toBe('invalid');
  });

  it('pairs by InResponseTo, not by position', async () => {
    const req = encodeURIComponent(b64(authnRequestXml('_other')));
    const text = har([
      harEntry({ time: '2025-03-01T10:00:00Z', method: 'GET', url: `${LOGIN}?SAMLRequest=${req}` }),
      harEntry({
        time: '2025-03-01T10:00:05Z',
        method: 'POST',
        url: ACS,
        postText: `SAMLResponse=${encodeURIComponent(b64(responseXml('_other')))}`,
      }),
      harEntry({
        time: '2025-03-01T10:00:00Z',
        method: 'GET',
        url: `${LOGIN}?SAMLRequest=${encodeURIComponent(b64(authnRequestXml('_req-42')))}`,
      }),
    ]);
    const trace = await analyseTrace((await readCapture(sourceFromText(text))).items, CTX);
    expect(trace.entries[1]?.pairedWith).toBe(0);
  });

  it('reads a SAML-tracer export, including one whose POST values were hashed', async () => {
    const resp = b64(responseXml());
    const tracer = JSON.stringify({
      requests: [
        {
          requestId: 'r1',
          method: 'GET',
          url: `${LOGIN}?SAMLRequest=${encodeURIComponent(b64(authnRequestXml()))}`,
          requestHeaders: [],
          get: [],
          saml: authnRequestXml(),
        },
        {
          requestId: 'r2',
          method: 'POST',
          url: ACS,
          post: [
            ['SAMLResponse', resp],
            ['RelayState', 'x'],
          ],
          saml: responseXml(),
          protocol: 'SAML-P',
        },
        { requestId: 'r3', method: 'POST', url: ACS, post: [['SAMLResponse', 'a'.repeat(64)]], saml: responseXml() },
        { requestId: 'r4', method: 'GET', url: 'https://example.com/', requestHeaders: [] },
      ],
      timestamp: '2025-03-01T11:00:00Z',
    });
    const res = await readCapture(sourceFromText(tracer, 333));
    expect(res.format).toBe('saml-tracer');
    expect(res.items.map((i) => (i.type === 'saml' ? i.carrier.via : i.type))).toEqual(['redirect', 'post', 'xml']);
    const trace = await analyseTrace(res.items, { ...CTX, now: '2025-03-01T10:00:06Z' });
    expect(trace.entries.map((e) => e.kind)).toEqual(['AuthnRequest', 'Response', 'Response']);
  });

  it('reads the message from the saml field of an export made with SAML-tracer’s hash or obfuscate filter', async () => {
    const request = (post: Array<[string, string]>) => ({ requestId: 'r', method: 'POST', url: ACS, post, saml: responseXml() });
    const tracer = JSON.stringify({
      requests: [
        request([
          ['SAMLResponse', '{hash:3b4f2c9a0d7e1f5a6b8c2d4e9f0a1b3c5d7e9f2a4b6c8d0e1f3a5b7c9d2e4f6a}'],
          ['RelayState', '{hash:00aa}'],
        ]),
        request([
          ['SAMLResponse', '{obf:alternative_0}'],
          ['RelayState', '{obf:alternative_1}'],
        ]),
      ],
      timestamp: '2025-03-01T11:00:00Z',
    });
    const res = await readCapture(sourceFromText(tracer));
    expect(res.items.map((i) => (i.type === 'saml' ? i.carrier.via : i.type))).toEqual(['xml', 'xml']);
    const trace = await analyseTrace(res.items, { ...CTX, now: '2025-03-01T10:00:06Z' });
    expect(trace.entries.map((e) => e.kind)).toEqual(['Response', 'Response']);
    expect(trace.entries.flatMap((e) => e.findings.map((f) => f.id))).not.toContain('decode.bad-base64');
  });

  it('round-trips our own trace export: the stored verdicts are the file’s claims, and the redacted XML is checked again', async () => {
    const first = await analyseTrace((await readCapture(sourceFromText(await signInHar()))).items, CTX);
    const exported = JSON.stringify(buildTraceExport(first, { redact: true }));
    const back = await readCapture(sourceFromText(exported, 500));
    expect(back.format).toBe('trace');
    expect(back.notes).toEqual([]);
    const again = await analyseTrace(back.items, CTX);
    expect(again.entries.map((e) => [e.kind, e.claimed?.verdict])).toEqual(first.entries.map((e) => [e.kind, e.verdict]));
    // The redacted Response's signature values are gone: checked for its shape, its verdict is not "invalid" or "valid" but unverified.
    expect(again.entries.map((e) => e.verdict)).toEqual(['unsigned', 'unverified']);
    expect(again.entries[1]?.stored?.redacted).toBe(true);
    expect(again.entries[1]?.findings.map((f) => f.id)).toContain('trace.claimed-verdict');
    // The rules ran again on the redacted XML: its assertion is read, but as untrusted.
    expect(again.entries[1]?.findings.map((f) => f.id)).toContain('claims.untrusted-assertion');
  });

  it('never takes a file’s “valid” for a wrapped response: the XML is checked again', async () => {
    const wrapped = readSample('xsw/crewjam_xsw_One.xml');
    const message = (redacted: boolean) => ({
      time: '2025-03-01T10:00:05Z',
      url: ACS,
      method: 'POST',
      direction: 'idp-to-sp',
      binding: 'HTTP-POST',
      kind: 'Response',
      encoded: '',
      xml: wrapped,
      redacted,
      verdict: 'valid',
      findings: [],
    });
    for (const redacted of [true, false]) {
      const file = JSON.stringify({ format: 'entra-sso-assistant-trace', version: 1, messages: [message(redacted)] });
      const trace = await analyseTrace((await readCapture(sourceFromText(file))).items, CTX);
      const [entry] = trace.entries;
      expect(entry?.claimed?.verdict, `redacted: ${redacted}`).toBe('valid');
      expect(entry?.verdict, `redacted: ${redacted}`).toBe('wrapped');
      expect(entry?.findings.some((f) => f.id === 'signature.wrapping' && f.severity === 'error')).toBe(true);
    }
  });

  it('says when an entry holds nothing to check, and reads an error page again from its URL', async () => {
    const claimOnly = {
      time: '2025-03-01T10:00:05Z',
      url: ACS,
      method: 'POST',
      direction: 'idp-to-sp',
      binding: 'HTTP-POST',
      kind: 'Response',
      encoded: '',
      redacted: true,
      verdict: 'valid',
      findings: [],
    };
    const errorPage = {
      ...claimOnly,
      url: `${LOGIN}?error=access_denied&error_description=AADSTS50105%3A+not+assigned`,
      method: 'GET',
      binding: null,
      kind: 'EntraError',
      verdict: null,
    };
    const file = JSON.stringify({ format: 'entra-sso-assistant-trace', version: 1, messages: [claimOnly, errorPage] });
    const trace = await analyseTrace((await readCapture(sourceFromText(file))).items, CTX);
    expect(trace.entries.map((e) => e.verdict)).toEqual([null, null]);
    expect(trace.entries[0]?.claimed?.verdict).toBe('valid');
    expect(trace.entries[0]?.findings.map((f) => f.id)).toEqual(['trace.claimed-only']);
    expect(trace.entries[1]?.findings.map((f) => f.id)).toEqual(['aadsts.50105']);
  });

  it('reports files it cannot read instead of throwing', async () => {
    expect((await readCapture(sourceFromText('not json'))).notes[0]).toMatch(/not valid JSON/);
    expect((await readCapture(sourceFromText('{"log":{"entries":[{"request":'))).notes[0]).toMatch(/ends too early/);
    expect((await readCapture(sourceFromText('{"something":"else"}'))).notes[0]).toMatch(/no log.entries/);
    const bad = await readCapture(sourceFromText(har([{ request: { url: 'https://x/?SAMLRequest=1' } }])));
    expect(bad.notes[0]).toMatch(/1 entry could not be read/);
  });

  it('reads from a ReadableStream (as File.stream() gives)', async () => {
    const bytes = new TextEncoder().encode(await signInHar());
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 4096) c.enqueue(bytes.slice(i, i + 4096));
        c.close();
      },
    });
    expect((await readCapture(stream)).items).toHaveLength(2);
  });
});
