import { deflateRawSync } from 'node:zlib';
import { createCertPool } from '@/tests/world/server/certs';
import { buildAssertion, buildResponse, signElement } from '@/tests/world/server/xml-sign';
import { recordFromBeforeRequest } from '@/utils/recorder/web-request';
import { recordFromErrorPage } from '@/utils/recorder/error-page-record';
import type { CapturedRecord } from '@/utils/recorder/record';
import type { SigningCert } from '@/tests/world/server/state';

/**
 * A sign-in as the recorder would capture it, built with the simulated
 * world's own signer (xml-crypto, not our code): JustCall's AuthnRequest,
 * Entra's signed Response or its error page.
 */

export const TENANT = '0b6c3a5e-1d2f-4e7a-9c8b-2a1f3e4d5c6b';
export const ISSUER = `https://sts.windows.net/${TENANT}/`;
export const ACS = 'https://bifrost.justcall.io/passport/login/callback';
export const ENTITY_ID = 'JustCall';
export const ADELE = 'adele.vance@contoso.com';
export const ADELE_UPN = 'adele.vance@contoso.onmicrosoft.com';
const LOGIN = `https://login.microsoftonline.com/${TENANT}/saml2`;
const MINUTE = 60_000;

let cert: Promise<SigningCert> | null = null;
/** One signing certificate for the whole file: RSA key generation is slow. */
export function signingCert(): Promise<SigningCert> {
  cert ??= createCertPool(1).then((pool) => pool.issueSigningCert({ notBefore: new Date(Date.now() - 24 * 3600_000) }));
  return cert;
}

export function requestRecord(id: string, at: number, tabId = 7): CapturedRecord {
  const xml =
    `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" ` +
    `IssueInstant="${new Date(at).toISOString()}" Destination="${LOGIN}" AssertionConsumerServiceURL="${ACS}" ` +
    `ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"><saml:Issuer>${ENTITY_ID}</saml:Issuer></samlp:AuthnRequest>`;
  const query = new URLSearchParams({ SAMLRequest: deflateRawSync(Buffer.from(xml)).toString('base64') });
  const rec = recordFromBeforeRequest({ requestId: `req-${at}`, url: `${LOGIN}?${query}`, method: 'GET', tabId, timeStamp: at });
  if (!rec) throw new Error('the recorder did not take the AuthnRequest');
  return rec;
}

export interface ResponseOptions {
  at: number;
  inResponseTo?: string;
  /** Claim names as Entra sends them; a namespace goes in front ("http://…/claims/email"). */
  attributes?: { name: string; values: string[] }[];
  status?: number | null;
  tabId?: number;
}

export const JUSTCALL_CLAIMS = [
  { name: 'email', values: [ADELE] },
  { name: 'firstName', values: ['Adele'] },
  { name: 'lastName', values: ['Vance'] },
];

export async function responseRecord(o: ResponseOptions): Promise<CapturedRecord> {
  const key = await signingCert();
  const now = new Date(o.at);
  const notBefore = new Date(o.at - 5 * MINUTE);
  const assertionId = `_a${o.at}`;
  const assertion = buildAssertion({
    id: assertionId,
    issuer: ISSUER,
    issueInstant: now,
    nameId: ADELE,
    nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    recipient: ACS,
    ...(o.inResponseTo ? { inResponseTo: o.inResponseTo } : {}),
    notBefore,
    notOnOrAfter: new Date(notBefore.getTime() + 70 * MINUTE),
    audience: ENTITY_ID,
    attributes: o.attributes ?? JUSTCALL_CLAIMS,
    authnInstant: now,
    sessionIndex: `_s${o.at}`,
  });
  const signed = signElement(assertion, assertionId, key, 'SHA-256');
  const xml = buildResponse({
    id: `_r${o.at}`,
    issuer: ISSUER,
    issueInstant: now,
    destination: ACS,
    ...(o.inResponseTo ? { inResponseTo: o.inResponseTo } : {}),
    assertionXml: signed,
  });
  const b64 = Buffer.from(xml).toString('base64');
  const rec = recordFromBeforeRequest({
    requestId: `resp-${o.at}`,
    url: ACS,
    method: 'POST',
    tabId: o.tabId ?? 7,
    timeStamp: o.at,
    requestBody: { formData: { SAMLResponse: [b64] } },
  });
  if (!rec) throw new Error('the recorder did not take the Response');
  return o.status === undefined || o.status === null ? rec : { ...rec, status: o.status, quick: o.status >= 400 ? 'failed' : rec.quick };
}

export function errorPageRecord(code: number, at: number, tabId = 7): CapturedRecord {
  return recordFromErrorPage(
    { url: LOGIN, code, message: `AADSTS${code}: The redirect URI specified in the request does not match.`, requestId: 'r-1' },
    tabId,
    'content',
    at,
  );
}
