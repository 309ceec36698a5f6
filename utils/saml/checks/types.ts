import type {
  AnalysisContext,
  Assertion,
  AuthnRequestModel,
  CertInfo,
  DecodedMessage,
  Finding,
  KnownCert,
  SamlModel,
  SignatureReport,
} from '@/utils/saml/types';

/** A configured certificate with its parsed details (null when it could not be read). */
export interface KnownCertInfo {
  known: KnownCert;
  info: CertInfo | null;
}

/** Everything one check may look at. Checks are pure: same input, same findings. */
export interface CheckInput {
  model: SamlModel | null;
  decoded: DecodedMessage | null;
  signature: SignatureReport | null;
  /** The assertion a valid signature covers; the only source of identity that can be trusted. */
  trustedAssertion: Assertion | null;
  ctx: AnalysisContext;
  /** Time to judge validity windows against, ms since epoch (ctx.now, the capture time, or the clock). */
  nowMs: number;
  /** Whether nowMs is a real observation time (capture time or the clock) rather than one typed in. */
  nowIsObserved: boolean;
  /** The AuthnRequest this message answers, when the trace holds it. */
  authnRequest: AuthnRequestModel | null;
  knownCerts: KnownCertInfo[];
}

export type CheckFn = (input: CheckInput) => Finding[];

export interface Check {
  /** Stable name of the rule (its file name). */
  name: string;
  run: CheckFn;
}
