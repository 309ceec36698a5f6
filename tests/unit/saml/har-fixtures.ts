/** Hand-built SAML traffic for HAR, trace and redaction tests (no real person's data). */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const ACS = 'https://bifrost.justcall.io/passport/login/callback';
export const LOGIN = `https://login.microsoftonline.com/${TENANT}/saml2`;
export const PII = ['Adele Vance', 'adele.vance@contoso.com', 'Adele', 'Vance', 'adele.vance', 'AdeleV@contoso.onmicrosoft.com'];

export function authnRequestXml(id = '_req-42'): string {
  return `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="2025-03-01T10:00:00Z" Destination="${LOGIN}" AssertionConsumerServiceURL="${ACS}"><saml:Issuer>JustCall</saml:Issuer></samlp:AuthnRequest>`;
}

export function responseXml(inResponseTo = '_req-42'): string {
  const ns = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
  return `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_resp-1" Version="2.0" IssueInstant="2025-03-01T10:00:04Z" Destination="${ACS}" InResponseTo="${inResponseTo}"><Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">https://sts.windows.net/${TENANT}/</Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion" ID="_as-1" Version="2.0" IssueInstant="2025-03-01T10:00:04Z"><Issuer>https://sts.windows.net/${TENANT}/</Issuer><Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI="#_as-1"><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>AAAA</DigestValue></Reference></SignedInfo><SignatureValue>U2lnbmF0dXJlVmFsdWVPZkFkZWxl</SignatureValue></Signature><Subject><NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">adele.vance@contoso.com</NameID><SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><SubjectConfirmationData InResponseTo="${inResponseTo}" NotOnOrAfter="2025-03-01T11:05:04Z" Recipient="${ACS}"/></SubjectConfirmation></Subject><Conditions NotBefore="2025-03-01T09:55:04Z" NotOnOrAfter="2025-03-01T11:05:04Z"><AudienceRestriction><Audience>JustCall</Audience></AudienceRestriction></Conditions><AttributeStatement><Attribute Name="email"><AttributeValue>adele.vance@contoso.com</AttributeValue></Attribute><Attribute Name="firstName"><AttributeValue>Adele</AttributeValue></Attribute><Attribute Name="lastName"><AttributeValue>Vance</AttributeValue></Attribute><Attribute Name="http://schemas.microsoft.com/identity/claims/displayname"><AttributeValue>Adele Vance</AttributeValue></Attribute><Attribute Name="${ns}/name"><AttributeValue>AdeleV@contoso.onmicrosoft.com</AttributeValue></Attribute></AttributeStatement><AuthnStatement AuthnInstant="2025-03-01T09:59:00Z" SessionIndex="_sess-Adele-1"><AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</AuthnContextClassRef></AuthnContext></AuthnStatement></Assertion></samlp:Response>`;
}

export function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export async function deflateB64(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64');
}

export function errorPageHtml(code = 50105, user = 'adele.vance@contoso.com'): string {
  return `<html><body><div>Sign in</div><div>Sorry, but we're having trouble signing you in.</div><div>AADSTS${code}: The signed in user '${user}' is not assigned to a role for the application 'JustCall'.</div><div>Troubleshooting details</div><div>Request Id: 0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b</div><div>Correlation Id: 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f</div><div>Timestamp: 2025-03-01T10:02:00Z</div></body></html>`;
}

interface EntryInput {
  time: string;
  method: string;
  url: string;
  postText?: string;
  postMime?: string;
  responseHtml?: string;
  responseBase64?: boolean;
  cookie?: string;
}

export function harEntry(e: EntryInput): Record<string, unknown> {
  const text = e.responseHtml;
  return {
    startedDateTime: e.time,
    time: 12,
    request: {
      method: e.method,
      url: e.url,
      httpVersion: 'HTTP/1.1',
      headers: e.cookie ? [{ name: 'Cookie', value: e.cookie }] : [],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: e.postText?.length ?? 0,
      ...(e.postText !== undefined ? { postData: { mimeType: e.postMime ?? 'application/x-www-form-urlencoded', text: e.postText } } : {}),
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      headers: [],
      cookies: [],
      content:
        text === undefined
          ? { size: 0, mimeType: 'text/plain' }
          : {
              size: text.length,
              mimeType: 'text/html; charset=utf-8',
              ...(e.responseBase64 ? { text: b64(text), encoding: 'base64' } : { text }),
            },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 10, receive: 2 },
  };
}

export function har(entries: Record<string, unknown>[]): string {
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, pages: [], entries } }, null, 1);
}

/** A full SP-initiated sign-in: Redirect AuthnRequest, Entra's auto-post page, the POST to the ACS, plus noise. */
export async function signInHar(): Promise<string> {
  const req = encodeURIComponent(await deflateB64(authnRequestXml()));
  const resp = b64(responseXml());
  const form = `<html><body onload="document.forms[0].submit()"><form method="POST" action="${ACS}"><input type="hidden" name="SAMLResponse" value="${resp}"/><input type="hidden" name="RelayState" value="sess-abc123"/></form></body></html>`;
  return har([
    harEntry({ time: '2025-03-01T09:59:58Z', method: 'GET', url: 'https://app.justcall.io/login', responseHtml: '<html>login</html>' }),
    harEntry({
      time: '2025-03-01T10:00:00Z',
      method: 'GET',
      url: `${LOGIN}?SAMLRequest=${req}&RelayState=sess-abc123`,
      responseHtml: '<html>Sign in</html>',
    }),
    harEntry({ time: '2025-03-01T10:00:04Z', method: 'POST', url: `${LOGIN}/login`, postText: 'login=adele', responseHtml: form }),
    harEntry({
      time: '2025-03-01T10:00:05Z',
      method: 'POST',
      url: ACS,
      postText: `SAMLResponse=${encodeURIComponent(resp)}&RelayState=sess-abc123`,
      cookie: 'session=secret-cookie-value',
    }),
    harEntry({ time: '2025-03-01T10:00:06Z', method: 'GET', url: 'https://cdn.example/app.js', responseHtml: 'x'.repeat(5000) }),
  ]);
}

/** Every form a string could take in an export: as is, case-folded, URL-encoded, JSON-escaped, base64 at each alignment. */
export function encodingsOf(s: string): string[] {
  const forms = new Set([
    s,
    s.toLowerCase(),
    encodeURIComponent(s),
    encodeURIComponent(s).replace(/%20/g, '+'),
    JSON.stringify(s).slice(1, -1),
  ]);
  for (let pad = 0; pad < 3; pad++) {
    const b = Buffer.from('x'.repeat(pad) + s).toString('base64');
    // Drop the characters touched by the padding prefix and by the unknown next byte.
    const start = pad === 0 ? 0 : Math.ceil(((pad + 1) * 4) / 3);
    forms.add(b.slice(start, Math.floor(((pad + s.length) * 4) / 3)));
  }
  return [...forms].filter((f) => f.length >= 4);
}
