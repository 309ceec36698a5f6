import { beforeAll } from 'vitest';
import type { CheckInput } from '@/utils/saml/checks';
import { parseSaml } from '@/utils/saml/model';
import { verifyMessage } from '@/utils/saml/verify';
import {
  TEST_ACS,
  TEST_AUDIENCE,
  TEST_ISSUER,
  buildSignedResponse,
  makeTestKey,
  type SignOptions,
  type TestKey,
} from '@/tests/helpers/sign-response';
import {
  AnalysisContext,
  type Assertion,
  type Attribute,
  type AuthnRequestModel,
  type CertInfo,
  type KnownCert,
  type ResponseModel,
  type SignatureReport,
} from '@/utils/saml/types';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const ISSUER = `https://sts.windows.net/${TENANT}/`;
export const ENTITY_ID = 'JustCall';
export const ACS = 'https://bifrost.justcall.io/passport/login/callback';
export const ISSUED = '2025-03-01T10:00:00.000Z';
export const NOW = Date.parse('2025-03-01T10:00:05.000Z');

export function assertion(over: Partial<Assertion> = {}): Assertion {
  return {
    id: '_a1',
    issueInstant: ISSUED,
    issuer: ISSUER,
    nameId: { value: 'adele.vance@contoso.com', format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' },
    subjectConfirmations: [
      { method: 'urn:oasis:names:tc:SAML:2.0:cm:bearer', recipient: ACS, notOnOrAfter: '2025-03-01T11:05:00.000Z', inResponseTo: '_req1' },
    ],
    conditions: { notBefore: '2025-03-01T09:55:00.000Z', notOnOrAfter: '2025-03-01T11:05:00.000Z', audiences: [ENTITY_ID] },
    attributes: [
      { name: 'email', values: ['adele.vance@contoso.com'] },
      { name: 'firstName', values: ['Adele'] },
      { name: 'lastName', values: ['Vance'] },
    ],
    authn: {
      authnInstant: ISSUED,
      sessionIndex: '_sess1',
      classRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:Password',
    },
    hasSignature: true,
    ...over,
  };
}

export function response(over: Partial<ResponseModel> = {}, a: Assertion = assertion()): ResponseModel {
  return {
    kind: 'Response',
    id: '_r1',
    issueInstant: ISSUED,
    issuer: ISSUER,
    destination: ACS,
    hasSignature: false,
    inResponseTo: '_req1',
    status: { codes: ['urn:oasis:names:tc:SAML:2.0:status:Success'] },
    assertions: [a],
    encryptedAssertions: 0,
    ...over,
  };
}

export function authnRequest(over: Partial<AuthnRequestModel> = {}): AuthnRequestModel {
  return {
    kind: 'AuthnRequest',
    id: '_req1',
    issueInstant: ISSUED,
    issuer: ENTITY_ID,
    destination: `https://login.microsoftonline.com/${TENANT}/saml2`,
    hasSignature: false,
    acsUrl: ACS,
    hasSubject: false,
    hasScoping: false,
    ...over,
  };
}

export function cert(over: Partial<CertInfo> = {}): CertInfo {
  return {
    subject: 'CN=Microsoft Azure Federated SSO Certificate',
    issuer: 'CN=Microsoft Azure Federated SSO Certificate',
    serialNumber: '01',
    notBefore: '2024-01-01T00:00:00.000Z',
    notAfter: '2027-01-01T00:00:00.000Z',
    sha1: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    sha256: 'B'.repeat(64),
    der: 'MIIB',
    ...over,
  };
}

export function validSignature(over: Partial<SignatureReport> = {}): SignatureReport {
  const c = cert();
  return {
    verdict: 'valid',
    covers: 'assertion',
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    signer: { label: 'Entra active', role: 'entra-active', cert: c },
    embeddedCert: c,
    findings: [],
    ...over,
  };
}

/** A healthy Entra response to JustCall, checked 5 s after issue, with the full context. */
export function input(over: Partial<CheckInput> = {}): CheckInput {
  const model = over.model ?? response();
  const trusted = model?.kind === 'Response' ? (model.assertions[0] ?? null) : null;
  return {
    model,
    decoded: null,
    signature: validSignature(),
    trustedAssertion: trusted,
    ctx: AnalysisContext.parse({ entityId: ENTITY_ID, acsUrl: ACS, issuer: ISSUER, certificates: [] }),
    nowMs: NOW,
    nowIsObserved: true,
    authnRequest: authnRequest(),
    knownCerts: [],
    ...over,
  };
}

export function ids(findings: { id: string }[]): string[] {
  return findings.map((f) => f.id);
}

/** Entra's default claim namespace. */
export const NS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/';

/** A healthy response whose trusted assertion carries these attributes (and this NameID). */
export function withAttrs(attributes: Attribute[], nameId?: { value: string; format?: string }): CheckInput {
  const a = assertion(nameId ? { attributes, nameId } : { attributes });
  return input({ model: response({}, a), trustedAssertion: a });
}

/** The check input for an AuthnRequest (nothing signed, no request to pair with). */
export const req = (over: Parameters<typeof authnRequest>[0] = {}): CheckInput =>
  input({ model: authnRequest(over), trustedAssertion: null, signature: null, authnRequest: null });

/** The check input for real XML (e.g. from tests/helpers/sign-response.ts), parsed and verified as the analysis does. */
export async function xmlInput(xml: string, certificates: KnownCert[]): Promise<CheckInput> {
  const parsed = parseSaml(xml);
  const { report, trustedAssertion } = await verifyMessage({ binding: 'raw', param: null, xml, encoded: xml }, parsed, certificates);
  return input({ model: parsed.model, signature: report, trustedAssertion, authnRequest: null, nowMs: Date.parse('2025-01-01T10:00:05Z') });
}

/** A signing key made once for the test file, and the certificate list that trusts it as Entra's active one. */
export function withTestKey(): { key(): TestKey; trusted(): KnownCert[] } {
  let made: TestKey | null = null;
  beforeAll(async () => {
    made = await makeTestKey();
  });
  const key = (): TestKey => {
    if (!made) throw new Error('the test key is made in beforeAll');
    return made;
  };
  return { key, trusted: () => [{ label: 'Entra active', role: 'entra-active', cert: key().certPem }] };
}

/** The values the signing helper's responses are made for. */
export const HELPER_CTX = AnalysisContext.parse({ entityId: TEST_AUDIENCE, acsUrl: TEST_ACS, issuer: TEST_ISSUER, certificates: [] });

/**
 * The check input for a response from the signing helper (changed by `edit`
 * before it is signed, so it still verifies), parsed and verified with the
 * key, against the helper's expected values, 5 s after it was issued.
 */
export async function signedInput(key: TestKey, opts: SignOptions, over: Partial<CheckInput> = {}): Promise<CheckInput> {
  const trusted: KnownCert[] = [{ label: 'Entra active', role: 'entra-active', cert: key.certPem }];
  return { ...(await xmlInput(buildSignedResponse(key, opts), trusted)), ctx: HELPER_CTX, ...over };
}
