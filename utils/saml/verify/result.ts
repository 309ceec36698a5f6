import type { Assertion, Finding, SamlModel, SignatureReport, Verdict } from '@/utils/saml/types';

export interface VerifyResult {
  report: SignatureReport;
  trustedAssertion: Assertion | null;
}

/** Ends a verification: every report shares the one findings list that each stage adds to. */
export type Conclude = (
  verdict: Verdict,
  covers: SignatureReport['covers'],
  extra?: Partial<SignatureReport>,
  trustedAssertion?: Assertion | null,
) => VerifyResult;

export function concluder(findings: Finding[]): Conclude {
  return (verdict, covers, extra = {}, trustedAssertion = null) => ({ report: { verdict, covers, ...extra, findings }, trustedAssertion });
}

/** A Response's only assertion, which a signature over the whole Response vouches for. */
export function onlyAssertion(model: SamlModel | null): Assertion | null {
  return model?.kind === 'Response' && model.assertions.length === 1 ? (model.assertions[0] ?? null) : null;
}
