import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTrace } from '@/utils/saml/analyse';
import { buildTraceExport, readCapture, sourceFromText } from '@/utils/saml/har';
import { renderTraceReport } from '@/utils/saml/report';
import { ACS, LOGIN, TENANT, authnRequestXml, b64, deflateB64, encodingsOf, har, harEntry } from './har-fixtures';

/** Generated personal data: nothing of it may reach a redacted export, in any encoding. */
interface Person {
  given: string;
  family: string;
  email: string;
  phone: string;
  ipv4: string;
  ipv6: string;
  employeeId: string;
  /** The value of a claim no list knows. */
  secret: string;
  /** Session-like URL parameter values. */
  session: string;
  token: string;
}

// Names start with "Qx" so they cannot be a word the report itself uses.
const name = fc.stringMatching(/^Qx[a-z]{4,8}$/);
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const octet = fc.integer({ min: 1, max: 254 });
const hex4 = fc.stringMatching(/^[0-9a-f]{4}$/);

const phone = fc.oneof(
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `+1 (555) ${a}-${b}`),
  fc.tuple(digits(4), digits(4)).map(([a, b]) => `+44 20 ${a} ${b}`),
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `555-${a}-${b}`),
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `555.${a}.${b}`),
);

const person: fc.Arbitrary<Person> = fc
  .record({
    given: name,
    family: name,
    n: fc.integer({ min: 1, max: 999 }),
    phone,
    ipv4: fc.tuple(octet, octet, octet, octet).map((o) => o.join('.')),
    ipv6: fc.tuple(hex4, hex4, hex4).map(([a, b, c]) => `2001:db8:${a}:${b}::${c}`),
    employeeId: digits(6).map((d) => `EMP${d}`),
    secret: fc.stringMatching(/^Zq[a-z]{6,10}$/),
    session: fc.stringMatching(/^[A-Za-z0-9]{20,30}$/),
    token: fc.stringMatching(/^[A-Za-z0-9]{20,30}$/),
  })
  .map(({ n, ...p }) => ({ ...p, email: `${p.given.toLowerCase()}.${p.family.toLowerCase()}${n}@contoso.example` }));

function responseXml(p: Person): string {
  const claim = (n: string, v: string) => `<Attribute Name="${n}"><AttributeValue>${v}</AttributeValue></Attribute>`;
  const ms = 'http://schemas.microsoft.com/identity/claims';
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r" Version="2.0" IssueInstant="2025-03-01T10:00:04Z" Destination="${ACS}" InResponseTo="_req-42">` +
    `<Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">https://sts.windows.net/${TENANT}/</Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a" Version="2.0" IssueInstant="2025-03-01T10:00:04Z"><Issuer>https://sts.windows.net/${TENANT}/</Issuer>` +
    `<Subject><NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${p.email}</NameID>` +
    `<SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><SubjectConfirmationData Address="${p.ipv4}" InResponseTo="_req-42" NotOnOrAfter="2025-03-01T11:05:04Z" Recipient="${ACS}"/></SubjectConfirmation></Subject>` +
    `<Conditions NotBefore="2025-03-01T09:55:04Z" NotOnOrAfter="2025-03-01T11:05:04Z"><AudienceRestriction><Audience>JustCall</Audience></AudienceRestriction></Conditions>` +
    `<AttributeStatement>${claim('email', p.email)}${claim('firstName', p.given)}${claim('lastName', p.family)}` +
    `${claim(`${ms}/tenantid`, TENANT)}${claim('http://schemas.contoso.example/claims/employeeid', p.employeeId)}` +
    `${claim('http://schemas.contoso.example/claims/mobile', p.phone)}${claim(`${ms}/ipaddr`, p.ipv6)}${claim('favouriteThing', p.secret)}` +
    `</AttributeStatement><AuthnStatement AuthnInstant="2025-03-01T09:59:00Z" SessionIndex="_sess-${p.session}"><AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</AuthnContextClassRef></AuthnContext></AuthnStatement>` +
    `</Assertion></samlp:Response>`
  );
}

/** Entra's error page, with the user, a phone number and the client's addresses in its text. */
function errorPage(p: Person): string {
  return `<html><body><div>AADSTS50105: The signed in user '${p.email}' (${p.given} ${p.family}) from ${p.ipv4} and ${p.ipv6} is not assigned to a role for the application 'JustCall'. Call the helpdesk at ${p.phone}.</div><div>Request Id: 0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b</div><div>Timestamp: 2025-03-01T10:02:00Z</div></body></html>`;
}

async function signIn(p: Person): Promise<string> {
  const request = encodeURIComponent(await deflateB64(authnRequestXml()));
  return har([
    harEntry({
      time: '2025-03-01T10:00:00Z',
      method: 'GET',
      url: `${LOGIN}?SAMLRequest=${request}&RelayState=https%3A%2F%2Fapp.justcall.io%2F%3Fsid%3D${p.session}&sid=${p.session}&login_hint=${encodeURIComponent(p.email)}`,
    }),
    harEntry({
      time: '2025-03-01T10:00:05Z',
      method: 'POST',
      url: `${ACS}?session_token=${p.token}&ip=${p.ipv4}&tel=${encodeURIComponent(p.phone)}`,
      postText: `SAMLResponse=${encodeURIComponent(b64(responseXml(p)))}&RelayState=${p.session}`,
    }),
    harEntry({
      time: '2025-03-01T10:03:00Z',
      method: 'GET',
      url: `${LOGIN}/login?client-request-id=0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b&x=${p.token}`,
      responseHtml: errorPage(p),
    }),
  ]);
}

function personal(p: Person): string[] {
  return [p.given, p.family, p.email, p.email.split('@')[0]!, p.phone, p.ipv4, p.ipv6, p.employeeId, p.secret, p.session, p.token];
}

describe('redaction by allow-list, on generated personal data', () => {
  it('leaves nothing personal in the Markdown report or the trace export, in any encoding', async () => {
    await fc.assert(
      fc.asyncProperty(person, async (p) => {
        const read = await readCapture(sourceFromText(await signIn(p)));
        expect(read.items.map((i) => i.type)).toEqual(['saml', 'saml', 'entra-error']);
        const trace = await analyseTrace(read.items, { entityId: 'JustCall', acsUrl: ACS, certificates: [] });
        const plain = JSON.stringify(buildTraceExport(trace, { redact: false }));
        const exported = JSON.stringify(buildTraceExport(trace, { redact: true }));
        const report = renderTraceReport(trace);
        for (const value of personal(p)) {
          // The unredacted export carries each of them (so the test can fail)...
          expect(plain, value).toContain(JSON.stringify(value).slice(1, -1));
          // ...and neither redacted output carries any, in any form.
          for (const form of encodingsOf(value)) {
            expect(exported, `${value} as ${form} in the trace export`).not.toContain(form);
            expect(report, `${value} as ${form} in the report`).not.toContain(form);
          }
        }
        // What support needs stays: the tenant, the claim names, the request id, the e-mail domain.
        expect(exported).toContain(`https://sts.windows.net/${TENANT}/`);
        expect(exported).toContain(TENANT);
        expect(exported).toContain('employeeid');
        expect(exported).toContain('@contoso.example');
        expect(report).toContain('0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
        expect(report).toContain('AADSTS50105');
      }),
      { numRuns: 25 },
    );
  });
});
