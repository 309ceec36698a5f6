import type { LoadedCertificate } from '@/utils/saml/cert';
import { algorithmName, digestHash, signatureHash } from '@/utils/saml/dsig/algorithms';
import { canonicalSignedInfo, checkReferenceDigest } from '@/utils/saml/dsig/digest';
import { readAssertion } from '@/utils/saml/model/assertion';
import type { Assertion, DecodedMessage, Finding, KnownCert, SamlModel, SignatureReport, Verdict } from '@/utils/saml/types';
import type { XmlDocument } from '@/utils/saml/xml/dom';
import { sigFindings } from './findings';
import { findSigner, loadEmbedded, loadKnownCerts, verifiesWith, type LoadedKnown } from './known-certs';
import { verifyQuerySignature } from './query';
import { analyseStructure, type SignaturePlan } from './structure';

export type { SignaturePlan } from './structure';

type Covers = SignatureReport['covers'];

interface PlanOutcome {
  plan: SignaturePlan;
  result: 'valid' | 'digest-mismatch' | 'value-mismatch' | 'unknown-signer' | 'embedded-only' | 'no-cert' | 'unsupported';
  signer?: LoadedKnown;
  embedded?: LoadedCertificate;
  unsupported?: string;
}

const ELEMENT_NAME: Record<SignaturePlan['role'], string> = { response: 'response', assertion: 'assertion', document: 'document' };

async function checkPlan(plan: SignaturePlan, doc: XmlDocument, known: LoadedKnown[]): Promise<PlanOutcome> {
  const sig = plan.signature;
  const embedded = (await loadEmbedded(sig.keyInfoCerts[0])) ?? undefined;
  const base = { plan, ...(embedded ? { embedded } : {}) };
  const hash = signatureHash(sig.signatureMethod);
  if (!hash) return { ...base, result: 'unsupported', unsupported: `signature method ${sig.signatureMethod || '(none)'}` };
  const [ref] = sig.references;
  if (!ref) return { ...base, result: 'unsupported', unsupported: 'a signature without a Reference' };
  const digest = await checkReferenceDigest(ref, plan.wholeDocument ? doc : plan.target, sig);
  if (digest.kind === 'unsupported') return { ...base, result: 'unsupported', unsupported: digest.what };
  if (digest.kind === 'mismatch') return { ...base, result: 'digest-mismatch' };
  const signedInfo = canonicalSignedInfo(sig);
  if (!signedInfo.ok) return { ...base, result: 'unsupported', unsupported: signedInfo.what };
  if (!sig.signatureValue) return { ...base, result: 'value-mismatch' };
  const signer = await findSigner(known, hash, sig.signatureValue, signedInfo.bytes);
  if (signer) return { ...base, result: 'valid', signer };
  const embeddedOk = embedded ? await verifiesWith(embedded.der, hash, sig.signatureValue, signedInfo.bytes) : false;
  if (known.length) return { ...base, result: embeddedOk ? 'unknown-signer' : 'value-mismatch' };
  if (embeddedOk) return { ...base, result: 'embedded-only' };
  return { ...base, result: embedded ? 'value-mismatch' : 'no-cert' };
}

function coversOf(outcomes: PlanOutcome[]): Covers {
  const roles = new Set(outcomes.map((o) => o.plan.role));
  if (roles.has('response') && roles.has('assertion')) return 'both';
  if (roles.has('response')) return 'response';
  if (roles.has('assertion')) return 'assertion';
  return roles.has('document') ? 'document' : 'none';
}

/** The assertion a valid signature vouches for, read from the signed element itself. */
function trustedAssertionOf(outcomes: PlanOutcome[], model: SamlModel | null): Assertion | null {
  if (!model) return null;
  const assertionPlan = outcomes.find((o) => o.plan.role === 'assertion');
  if (assertionPlan) return readAssertion(assertionPlan.plan.target);
  if (model.kind === 'Response' && outcomes.some((o) => o.plan.role === 'response') && model.assertions.length === 1) {
    return model.assertions[0] ?? null;
  }
  return null;
}

function signerFindings(signer: LoadedKnown, known: LoadedKnown[]): Finding[] {
  const out: Finding[] = [];
  if (signer.known.role === 'entra-inactive') out.push(sigFindings.signedWithInactive(signer.loaded.info));
  if (signer.known.role !== 'justcall') {
    const justcall = known.filter((k) => k.known.role === 'justcall');
    if (justcall.length && !justcall.some((k) => k.loaded.info.sha256 === signer.loaded.info.sha256)) {
      out.push(
        sigFindings.justcallHoldsOld(
          signer.loaded.info,
          justcall.map((k) => k.loaded.info),
        ),
      );
    }
  }
  return out;
}

function signerOf(s: LoadedKnown): NonNullable<SignatureReport['signer']> {
  return { label: s.known.label, role: s.known.role, cert: s.loaded.info };
}

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

/**
 * Verifies a decoded message's signature(s) against the known certificates:
 * the Redirect query signature, or enveloped XML signatures on the Response,
 * its Assertion, a bare Assertion, or a document such as metadata.
 * Verdicts: unsigned (no signature), wrapped (structure attack), invalid
 * (digest/value mismatch or unknown signer), unverified (nothing trusted to
 * check against), valid. Never throws.
 */
export async function verifyMessage(
  decoded: DecodedMessage,
  parsed: { model: SamlModel | null; doc: XmlDocument | null },
  certs: KnownCert[],
): Promise<{ report: SignatureReport; trustedAssertion: Assertion | null }> {
  try {
    return await verifyUnsafe(decoded, parsed, certs);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const f = sigFindings.notParsed();
    return {
      report: { verdict: 'unverified', covers: 'none', findings: [{ ...f, detail: `The signature check failed unexpectedly (${msg}).` }] },
      trustedAssertion: null,
    };
  }
}

async function verifyUnsafe(
  decoded: DecodedMessage,
  parsed: { model: SamlModel | null; doc: XmlDocument | null },
  certs: KnownCert[],
): Promise<{ report: SignatureReport; trustedAssertion: Assertion | null }> {
  const { model, doc } = parsed;
  const { loaded: known, findings } = await loadKnownCerts(certs);
  const report = (verdict: Verdict, covers: Covers, extra: Partial<SignatureReport> = {}): SignatureReport => ({
    verdict,
    covers,
    ...extra,
    findings,
  });

  if (decoded.signature !== undefined || decoded.sigAlg !== undefined) {
    const q = await verifyQuerySignature(decoded, known);
    findings.push(...q.findings);
    const extra: Partial<SignatureReport> = decoded.sigAlg ? { signatureAlgorithm: decoded.sigAlg } : {};
    if (q.kind !== 'valid') return { report: report(q.kind, 'none', extra), trustedAssertion: null };
    findings.push(...signerFindings(q.signer, known));
    const only = model?.kind === 'Response' && model.assertions.length === 1 ? (model.assertions[0] ?? null) : null;
    return { report: report('valid', 'query', { ...extra, signer: signerOf(q.signer) }), trustedAssertion: only };
  }

  if (!doc) {
    findings.push(sigFindings.notParsed());
    return { report: report('unverified', 'none'), trustedAssertion: null };
  }
  const { noun, identity } = messageNoun(model);
  const structure = analyseStructure(doc);
  if (!structure.signatureCount) {
    findings.push(sigFindings.unsigned(noun, identity ? 'error' : 'info'));
    return { report: report('unsigned', 'none'), trustedAssertion: null };
  }
  const first = structure.plans[0]?.signature;
  const algorithms: Partial<SignatureReport> = {};
  if (first?.signatureMethod) algorithms.signatureAlgorithm = first.signatureMethod;
  if (first?.references[0]?.digestMethod) algorithms.digestAlgorithm = first.references[0].digestMethod;
  if (structure.wrapping.length) {
    findings.push(...structure.wrapping);
    return { report: report('wrapped', 'none', algorithms), trustedAssertion: null };
  }
  if (structure.broken.length) {
    findings.push(...structure.broken);
    return { report: report('invalid', 'none', algorithms), trustedAssertion: null };
  }
  if (!structure.plans.length) {
    findings.push(sigFindings.unsigned(noun, identity ? 'error' : 'info'));
    return { report: report('unsigned', 'none'), trustedAssertion: null };
  }

  const outcomes: PlanOutcome[] = [];
  for (const plan of structure.plans) outcomes.push(await checkPlan(plan, doc, known));
  const weak = structure.plans.some(
    (p) => signatureHash(p.signature.signatureMethod) === 'SHA-1' || digestHash(p.signature.references[0]?.digestMethod ?? '') === 'SHA-1',
  );
  if (weak) findings.push(sigFindings.weakSha1());
  const embedded = outcomes.find((o) => o.embedded)?.embedded;
  if (embedded) algorithms.embeddedCert = embedded.info;

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
        findings.push(sigFindings.valueMismatch(element, known.length));
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
  if (verdict !== 'valid') return { report: report(verdict, 'none', algorithms), trustedAssertion: null };

  const signer = outcomes[0]?.signer;
  if (!signer) return { report: report('unverified', 'none', algorithms), trustedAssertion: null };
  findings.push(...signerFindings(signer, known));
  const trustedAssertion = trustedAssertionOf(outcomes, model);
  return {
    report: report('valid', coversOf(outcomes), { ...algorithms, signer: signerOf(signer) }),
    trustedAssertion,
  };
}

export { algorithmName };
