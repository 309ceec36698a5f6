import type { LoadedCertificate } from '@/utils/saml/cert';
import { signatureHash } from '@/utils/saml/dsig/algorithms';
import { canonicalSignedInfo, checkReferenceDigest } from '@/utils/saml/dsig/digest';
import type { XmlDocument } from '@/utils/saml/xml/dom';
import { findSigner, loadEmbedded, verifiesWith, type LoadedKnown } from './known-certs';
import type { SignaturePlan } from './structure';

/** What checking one enveloped signature found. */
export interface PlanOutcome {
  plan: SignaturePlan;
  result: 'valid' | 'digest-mismatch' | 'value-mismatch' | 'unknown-signer' | 'embedded-only' | 'no-cert' | 'unsupported';
  signer?: LoadedKnown;
  embedded?: LoadedCertificate;
  unsupported?: string;
}

/** The digest of the signed element, then the signature value against the trusted certificates (or, failing those, the embedded one). */
export async function checkPlan(plan: SignaturePlan, doc: XmlDocument, known: LoadedKnown[]): Promise<PlanOutcome> {
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
  const embeddedOk = embedded ? await verifiesWith(embedded, hash, sig.signatureValue, signedInfo.bytes) : false;
  if (known.length) return { ...base, result: embeddedOk ? 'unknown-signer' : 'value-mismatch' };
  if (embeddedOk) return { ...base, result: 'embedded-only' };
  return { ...base, result: embedded ? 'value-mismatch' : 'no-cert' };
}
