import { algorithmName } from '@/utils/saml/dsig/algorithms';
import type { DecodedMessage, Finding, KnownCert, SamlModel } from '@/utils/saml/types';
import type { XmlDocument } from '@/utils/saml/xml/dom';
import { algorithmsOf, shapeVerdict, verifyEnveloped } from './enveloped';
import { sigFindings } from './findings';
import { loadKnownCerts, type LoadedKnown } from './known-certs';
import { verifyQuerySignature } from './query';
import { concluder, onlyAssertion, type Conclude, type VerifyResult } from './result';
import { signerFindings, signerOf } from './signer';
import { analyseStructure } from './structure';

export type { SignaturePlan } from './structure';

/** The HTTP-Redirect binding's signature, over the query as sent. */
async function verifyRedirect(
  decoded: DecodedMessage,
  model: SamlModel | null,
  known: LoadedKnown[],
  findings: Finding[],
  conclude: Conclude,
): Promise<VerifyResult> {
  const q = await verifyQuerySignature(decoded, known);
  findings.push(...q.findings);
  const extra = decoded.sigAlg ? { signatureAlgorithm: decoded.sigAlg } : {};
  if (q.kind !== 'valid') return conclude(q.kind, 'none', extra);
  findings.push(...signerFindings(q.signer, known));
  return conclude('valid', 'query', { ...extra, signer: signerOf(q.signer) }, onlyAssertion(model));
}

async function verifyUnsafe(
  decoded: DecodedMessage,
  parsed: { model: SamlModel | null; doc: XmlDocument | null },
  certs: KnownCert[],
): Promise<VerifyResult> {
  const { loaded: known, findings } = await loadKnownCerts(certs);
  const conclude = concluder(findings);
  if (decoded.signature !== undefined || decoded.sigAlg !== undefined)
    return verifyRedirect(decoded, parsed.model, known, findings, conclude);
  if (!parsed.doc) {
    findings.push(sigFindings.notParsed());
    return conclude('unverified', 'none');
  }
  return verifyEnveloped(parsed.doc, parsed.model, known, findings, conclude);
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
): Promise<VerifyResult> {
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

/**
 * A redacted copy of a message (our own export): its SignatureValues and
 * personal values were replaced, so no signature can verify, but its shape
 * can still be judged. Wrapping, a missing signature and a broken reference
 * decide the verdict as usual; otherwise it is 'unverified', never 'valid'.
 */
export function verifyShapeOnly(decoded: DecodedMessage, parsed: { model: SamlModel | null; doc: XmlDocument | null }): VerifyResult {
  const findings: Finding[] = [];
  const conclude = concluder(findings);
  if (decoded.signature !== undefined || decoded.sigAlg !== undefined) return conclude('unverified', 'none');
  if (!parsed.doc) {
    findings.push(sigFindings.notParsed());
    return conclude('unverified', 'none');
  }
  const structure = analyseStructure(parsed.doc);
  const algorithms = algorithmsOf(structure.plans);
  return shapeVerdict(structure, parsed.model, algorithms, findings, conclude) ?? conclude('unverified', 'none', algorithms);
}

export { algorithmName };
