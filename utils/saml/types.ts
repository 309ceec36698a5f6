import { z } from 'zod';
import { StepId } from '@/utils/setup/steps';
import { SAML_CARRIER_FIELDS } from '@/utils/saml/decode/form';

/**
 * The contract of the SAML core: what decode/parse/verify produce and what
 * the checks, the report, the doctor command and the panels consume.
 */

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  id: z.string(),
  severity: Severity,
  title: z.string(),
  detail: z.string(),
  fix: z.string(),
  /** The setup step that fixes it; null when no setup step is involved. */
  step: StepId.nullable(),
});
export type Finding = z.infer<typeof Finding>;

export const Verdict = z.enum(['valid', 'invalid', 'wrapped', 'unsigned', 'unverified']);
export type Verdict = z.infer<typeof Verdict>;

export const Binding = z.enum(['HTTP-Redirect', 'HTTP-POST', 'raw', 'WS-Fed']);
export type Binding = z.infer<typeof Binding>;

/** A SAML message lifted out of whatever carried it, before parsing. */
export const DecodedMessage = z.object({
  binding: Binding,
  /** The parameter it came in, when it came in one. */
  param: z.enum(SAML_CARRIER_FIELDS).nullable(),
  xml: z.string(),
  /** The encoded form as it was carried (base64 / query value), for the Raw tab. */
  encoded: z.string(),
  relayState: z.string().optional(),
  /** HTTP-Redirect query signature: algorithm URI, base64 value, and the exact octets signed. */
  sigAlg: z.string().optional(),
  signature: z.string().optional(),
  signedQuery: z.string().optional(),
});
export type DecodedMessage = z.infer<typeof DecodedMessage>;

export type DecodeResult = { ok: true; message: DecodedMessage; findings: Finding[] } | { ok: false; findings: Finding[] };

export const CertInfo = z.object({
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(), // ISO
  notAfter: z.string(), // ISO
  sha1: z.string(), // upper-case hex, no separators (as Entra shows thumbprints)
  sha256: z.string(),
  /** base64 DER (of the SubjectPublicKeyInfo, for a bare public key) */
  der: z.string(),
  /** A public key given without its certificate: it checks signatures, but has no subject or validity period. */
  publicKeyOnly: z.literal(true).optional(),
});
export type CertInfo = z.infer<typeof CertInfo>;

export const NameId = z.object({
  value: z.string(),
  format: z.string().optional(),
  /** The SP the identifier is scoped to; when present it must be the SP's own entity ID. */
  spNameQualifier: z.string().optional(),
});
export type NameId = z.infer<typeof NameId>;

export const Attribute = z.object({
  name: z.string(),
  nameFormat: z.string().optional(),
  friendlyName: z.string().optional(),
  values: z.array(z.string()),
});
export type Attribute = z.infer<typeof Attribute>;

export const SubjectConfirmation = z.object({
  method: z.string().optional(),
  /** Whether it has a SubjectConfirmationData element (a bearer confirmation without one binds nothing). */
  hasData: z.boolean().optional(),
  recipient: z.string().optional(),
  /** The client address the IdP saw (personal data: always redacted). */
  address: z.string().optional(),
  notBefore: z.string().optional(),
  notOnOrAfter: z.string().optional(),
  inResponseTo: z.string().optional(),
});
export type SubjectConfirmation = z.infer<typeof SubjectConfirmation>;

export const Assertion = z.object({
  id: z.string(),
  issueInstant: z.string().optional(),
  issuer: z.string().optional(),
  nameId: NameId.optional(),
  subjectConfirmations: z.array(SubjectConfirmation),
  conditions: z
    .object({
      notBefore: z.string().optional(),
      notOnOrAfter: z.string().optional(),
      audiences: z.array(z.string()),
    })
    .optional(),
  attributes: z.array(Attribute),
  authn: z
    .object({
      authnInstant: z.string().optional(),
      sessionIndex: z.string().optional(),
      sessionNotOnOrAfter: z.string().optional(),
      classRef: z.string().optional(),
    })
    .optional(),
  /** It has a ds:Signature child. Whether that signature is good is the SignatureReport's business. */
  hasSignature: z.boolean(),
  /** Set when its ds:Signature is not where the schema puts it (right after Issuer, once). */
  signatureMisplaced: z.literal(true).optional(),
});
export type Assertion = z.infer<typeof Assertion>;

export const Status = z.object({
  /** Top-level StatusCode Value, then each nested StatusCode Value in order. */
  codes: z.array(z.string()),
  message: z.string().optional(),
  detail: z.string().optional(),
});
export type Status = z.infer<typeof Status>;

const Common = {
  id: z.string().optional(),
  issueInstant: z.string().optional(),
  issuer: z.string().optional(),
  destination: z.string().optional(),
  hasSignature: z.boolean(),
  /** Set when its ds:Signature is not where the schema puts it (right after Issuer, once). */
  signatureMisplaced: z.literal(true).optional(),
};

export const ResponseModel = z.object({
  kind: z.literal('Response'),
  ...Common,
  inResponseTo: z.string().optional(),
  status: Status.optional(),
  /** Every Assertion in the document, wherever it sits (more than one is a red flag). */
  assertions: z.array(Assertion),
  encryptedAssertions: z.number().int(),
});
export type ResponseModel = z.infer<typeof ResponseModel>;

/** A bare signed Assertion (e.g. a token handed over outside a Response). */
export const AssertionModel = z.object({
  kind: z.literal('Assertion'),
  ...Common,
  assertion: Assertion,
});
export type AssertionModel = z.infer<typeof AssertionModel>;

export const AuthnRequestModel = z.object({
  kind: z.literal('AuthnRequest'),
  ...Common,
  acsUrl: z.string().optional(),
  protocolBinding: z.string().optional(),
  forceAuthn: z.boolean().optional(),
  isPassive: z.boolean().optional(),
  nameIdPolicyFormat: z.string().optional(),
  requestedAuthnContext: z.object({ comparison: z.string().optional(), classRefs: z.array(z.string()) }).optional(),
  hasSubject: z.boolean(),
  hasScoping: z.boolean(),
});
export type AuthnRequestModel = z.infer<typeof AuthnRequestModel>;

export const LogoutRequestModel = z.object({
  kind: z.literal('LogoutRequest'),
  ...Common,
  nameId: NameId.optional(),
  sessionIndex: z.string().optional(),
});
export type LogoutRequestModel = z.infer<typeof LogoutRequestModel>;

export const LogoutResponseModel = z.object({
  kind: z.literal('LogoutResponse'),
  ...Common,
  inResponseTo: z.string().optional(),
  status: Status.optional(),
});
export type LogoutResponseModel = z.infer<typeof LogoutResponseModel>;

export const EndpointModel = z.object({ binding: z.string(), location: z.string() });

export const EntityDescriptorModel = z.object({
  kind: z.literal('EntityDescriptor'),
  entityId: z.string().optional(),
  hasSignature: z.boolean(),
  /** base64 DER of every IdP signing certificate (use="signing" or no use). */
  signingCertificates: z.array(z.string()),
  ssoServices: z.array(EndpointModel),
  sloServices: z.array(EndpointModel),
});
export type EntityDescriptorModel = z.infer<typeof EntityDescriptorModel>;

export const SamlModel = z.discriminatedUnion('kind', [
  ResponseModel,
  AssertionModel,
  AuthnRequestModel,
  LogoutRequestModel,
  LogoutResponseModel,
  EntityDescriptorModel,
]);
export type SamlModel = z.infer<typeof SamlModel>;
export type SamlKind = SamlModel['kind'];

/** A certificate the context trusts, with a name for reports ("Entra active", "JustCall's"). */
export const KnownCert = z.object({
  label: z.string(),
  role: z.enum(['entra-active', 'entra-inactive', 'justcall', 'configured']),
  /** PEM, or base64 DER. */
  cert: z.string(),
});
export type KnownCert = z.infer<typeof KnownCert>;

export const SignatureReport = z.object({
  verdict: Verdict,
  /** Which element(s) a good signature covers; 'query' for the Redirect binding. */
  covers: z.enum(['response', 'assertion', 'both', 'query', 'document', 'none']),
  signatureAlgorithm: z.string().optional(),
  digestAlgorithm: z.string().optional(),
  /** The known certificate that verified the signature. */
  signer: z.object({ label: z.string(), role: KnownCert.shape.role, cert: CertInfo }).optional(),
  /** The certificate carried in KeyInfo, which proves nothing by itself. */
  embeddedCert: CertInfo.optional(),
  findings: z.array(Finding),
});
export type SignatureReport = z.infer<typeof SignatureReport>;

/** What the setup expects; every field optional, since a support engineer may know only some. */
export const AnalysisContext = z.object({
  /** JustCall's Entity ID, which Entra's Identifier and the Audience must equal. */
  entityId: z.string().optional(),
  /** JustCall's ACS URL, which must be among Entra's Reply URLs and equal Destination/Recipient. */
  acsUrl: z.string().optional(),
  /** Entra's Reply URLs, when known (from the setup session). */
  replyUrls: z.array(z.string()).optional(),
  /** Entra's Identifier, when known. */
  identifier: z.string().optional(),
  /** Expected IdP issuer, e.g. https://sts.windows.net/{tenant}/ */
  issuer: z.string().optional(),
  certificates: z.array(KnownCert),
  /** ISO time to judge time windows against; defaults to the clock. */
  now: z.string().optional(),
  /** Allowed clock skew, seconds. */
  skewSeconds: z.number().default(180),
});
export type AnalysisContext = z.infer<typeof AnalysisContext>;
export type AnalysisContextInput = z.input<typeof AnalysisContext>;

/** Everything known about one message after decode, parse, verify and check. */
export interface MessageAnalysis {
  decoded: DecodedMessage | null;
  model: SamlModel | null;
  signature: SignatureReport | null;
  /**
   * The assertion an SP may read identity from: the one a valid signature covers
   * (directly, or through a signed Response that contains exactly it). Null when
   * nothing trustworthy can be read; checks then fall back to the model, saying so.
   */
  trustedAssertion: Assertion | null;
  findings: Finding[];
}
