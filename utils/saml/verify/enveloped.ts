import { digestHash, signatureHash } from '@/utils/saml/dsig/algorithms';
import { readAssertion } from '@/utils/saml/model/assertion';
import type { Assertion, Finding, SamlModel, SignatureReport, Verdict } from '@/utils/saml/types';
import type { XmlDocument } from '@/utils/saml/xml/dom';
import { sigFindings } from './findings';
import type { LoadedKnown } from './known-certs';
import { checkPlan, type PlanOutcome } from './plan';
import { onlyAssertion, type Conclude, type VerifyResult } from './result';
import { signerFindings, signerOf } from './signer';
import { analyseStructure, type SignaturePlan, type StructureResult } from './structure';

/** Enveloped XML signatures: on the Response, its Assertion, a bare Assertion, or a document such as metadata. */

const ELEMENT_NAME: Record<SignaturePlan['role'], string> = { response: 'response', assertion: 'assertion', document: 'document' };

function messageNoun(model: SamlModel | null): { noun: string; identity: boolean } {
  if (!model) return { noun: 'message', identity: false };
  switch (model.kind) {
    case 'Response':
      // an error response carries no identity, so its missing signature matters less
      return { noun: 'response', identity: model.assertions.length + model.encryptedAssertions > 0 };
    case 'Assertion':
      return { noun: 'assertion', identity: true };
    case 'EntityDescriptor':
      return { noun: 'metadata', identity: false };
    default:
      return { noun: model.kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), identity: false };
  }
}

/** The algorithms of the first signature, for the report. */
export function algorithmsOf(plans: readonly SignaturePlan[]): Partial<SignatureReport> {
  const first = plans[0]?.signature;
  const algorithms: Partial<SignatureReport> = {};
  if (first?.signatureMethod) algorithms.signatureAlgorithm = first.signatureMethod;
  if (first?.references[0]?.digestMethod) algorithms.digestAlgorithm = first.references[0].digestMethod;
  return algorithms;
}

/** The verdict when the document's shape alone decides it (no signature, a wrapping shape, a broken reference); null otherwise. */
export function shapeVerdict(
  structure: StructureResult,
  model: SamlModel | null,
  algorithms: Partial<SignatureReport>,
  findings: Finding[],
  conclude: Conclude,
): VerifyResult | null {
  const unsigned = () => {
    const { noun, identity } = messageNoun(model);
    findings.push(sigFindings.unsigned(noun, identity ? 'error' : 'info'));
    return conclude('unsigned', 'none');
  };
  if (!structure.signatureCount) return unsigned();
  if (structure.wrapping.length) {
    findings.push(...structure.wrapping);
    return conclude('wrapped', 'none', algorithms);
  }
  if (structure.broken.length) {
    findings.push(...structure.broken);
    return conclude('invalid', 'none', algorithms);
  }
  if (!structure.plans.length) return unsigned();
  return null;
}

function usesSha1(plans: readonly SignaturePlan[]): boolean {
  return plans.some(
    (p) => signatureHash(p.signature.signatureMethod) === 'SHA-1' || digestHash(p.signature.references[0]?.digestMethod ?? '') === 'SHA-1',
  );
}

/** One verdict from every signature's outcome, each failure named once. */
function verdictOf(outcomes: readonly PlanOutcome[], knownCount: number, findings: Finding[]): Verdict {
  let verdict: Verdict = 'valid';
  for (const o of outcomes) {
    const element = ELEMENT_NAME[o.plan.role];
    switch (o.result) {
      case 'unsupported':
        findings.push(sigFindings.unsupported(o.unsupported ?? 'algorithm'));
        verdict = 'invalid';
        break;
      case 'digest-mismatch':
        findings.push(sigFindings.digestMismatch(element));
        verdict = 'invalid';
        break;
      case 'value-mismatch':
        findings.push(sigFindings.valueMismatch(element, knownCount));
        verdict = 'invalid';
        break;
      case 'unknown-signer':
        if (o.embedded) findings.push(sigFindings.unknownSigner(o.embedded.info));
        verdict = 'invalid';
        break;
      case 'embedded-only':
        if (!findings.some((f) => f.id === 'signature.embedded-cert-only')) findings.push(sigFindings.embeddedOnly(o.embedded?.info));
        if (verdict === 'valid') verdict = 'unverified';
        break;
      case 'no-cert':
        if (!findings.some((f) => f.id === 'signature.no-certificate')) findings.push(sigFindings.noCertificate());
        if (verdict === 'valid') verdict = 'unverified';
        break;
      case 'valid':
        break;
    }
  }
  return verdict;
}

function coversOf(outcomes: readonly PlanOutcome[]): SignatureReport['covers'] {
  const roles = new Set(outcomes.map((o) => o.plan.role));
  if (roles.has('response') && roles.has('assertion')) return 'both';
  if (roles.has('response')) return 'response';
  if (roles.has('assertion')) return 'assertion';
  return roles.has('document') ? 'document' : 'none';
}

/** The assertion a valid signature vouches for, read from the signed element itself. */
function trustedAssertionOf(outcomes: readonly PlanOutcome[], model: SamlModel | null): Assertion | null {
  if (!model) return null;
  const assertionPlan = outcomes.find((o) => o.plan.role === 'assertion');
  if (assertionPlan) return readAssertion(assertionPlan.plan.target);
  return outcomes.some((o) => o.plan.role === 'response') ? onlyAssertion(model) : null;
}

export async function verifyEnveloped(
  doc: XmlDocument,
  model: SamlModel | null,
  known: LoadedKnown[],
  findings: Finding[],
  conclude: Conclude,
): Promise<VerifyResult> {
  const structure = analyseStructure(doc);
  const algorithms = algorithmsOf(structure.plans);
  const decided = shapeVerdict(structure, model, algorithms, findings, conclude);
  if (decided) return decided;

  const outcomes: PlanOutcome[] = [];
  for (const plan of structure.plans) outcomes.push(await checkPlan(plan, doc, known));
  if (usesSha1(structure.plans)) findings.push(sigFindings.weakSha1());
  const embedded = outcomes.find((o) => o.embedded)?.embedded;
  if (embedded) algorithms.embeddedCert = embedded.info;

  const verdict = verdictOf(outcomes, known.length, findings);
  if (verdict !== 'valid') return conclude(verdict, 'none', algorithms);
  const signer = outcomes[0]?.signer;
  if (!signer) return conclude('unverified', 'none', algorithms);
  findings.push(...signerFindings(signer, known));
  return conclude('valid', coversOf(outcomes), { ...algorithms, signer: signerOf(signer) }, trustedAssertionOf(outcomes, model));
}
