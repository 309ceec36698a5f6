import { readSignature, type ParsedSignature } from '@/utils/saml/dsig/signature-element';
import { messageRoot } from '@/utils/saml/model/message-root';
import type { Finding } from '@/utils/saml/types';
import { NS } from '@/utils/saml/xml/namespaces';
import { attr, descendantsNS, walkElements, type XmlDocument, type XmlElement } from '@/utils/saml/xml/dom';
import { sigFindings } from './findings';

/** What a signature is meant to protect, judged by where it sits. */
export type SignedRole = 'response' | 'assertion' | 'document';

export interface SignaturePlan {
  signature: ParsedSignature;
  /** The element the signature is enveloped in and must reference. */
  target: XmlElement;
  role: SignedRole;
  /** The Reference URI points at the whole document (""), allowed only for the root. */
  wholeDocument: boolean;
}

export interface StructureResult {
  signatureCount: number;
  plans: SignaturePlan[];
  /** Non-empty means: treat as signature wrapping. */
  wrapping: Finding[];
  /** Signatures whose reference resolves to nothing (e.g. the signed ID was edited): invalid, not wrapped. */
  broken: Finding[];
}

const ID_ATTRIBUTES = ['ID', 'Id', 'AssertionID'];

function idCounts(doc: XmlDocument): Map<string, number> {
  const counts = new Map<string, number>();
  walkElements(doc, (el) => {
    for (const name of ID_ATTRIBUTES) {
      const v = attr(el, name);
      if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  });
  return counts;
}

function describe(el: XmlElement): string {
  const id = attr(el, 'ID');
  return `<${el.localName ?? el.nodeName}${id ? ` ID="${id}"` : ''}>`;
}

function isSaml(el: XmlElement, ns: string, local: string): boolean {
  return el.namespaceURI === ns && el.localName === local;
}

function duplicateIds(counts: Map<string, number>): Finding[] {
  return [...counts]
    .filter(([, n]) => n > 1)
    .map(([id, n]) =>
      sigFindings.wrapped('Two elements share the same ID', `The ID "${id}" appears ${n} times; a signature reference to it is ambiguous.`),
    );
}

/** Assertions anywhere in the document, encrypted or not: more than one is how a forged one is hidden. */
function extraAssertions(doc: XmlDocument): Finding[] {
  const assertions = descendantsNS(doc, NS.saml, 'Assertion').length + descendantsNS(doc, NS.saml, 'EncryptedAssertion').length;
  if (assertions <= 1) return [];
  return [
    sigFindings.wrapped(
      'The response holds more than one assertion',
      `There are ${assertions} assertions in the document (some may be hidden inside other elements).`,
    ),
  ];
}

interface DocumentShape {
  /** The message element: the document's root, or the assertion inside a WS-Fed envelope. */
  root: XmlElement;
  /** The document's root, the only element a reference to the whole document ("") may sign. */
  docRoot: XmlElement;
  isResponse: boolean;
  isMetadata: boolean;
  counts: Map<string, number>;
}

/** What a signature in this element protects: the root, or the Assertion that is a direct child of the root Response; null elsewhere. */
function roleOf(target: XmlElement, shape: DocumentShape): SignedRole | null {
  const { root, isResponse } = shape;
  if (target === root) return isResponse ? 'response' : isSaml(root, NS.saml, 'Assertion') ? 'assertion' : 'document';
  if (isResponse && isSaml(target, NS.saml, 'Assertion') && target.parentNode === root) return 'assertion';
  return null;
}

type SignatureJudgement = { plan: SignaturePlan } | { wrapping: Finding } | { broken: Finding } | null;

/** One ds:Signature against the rules: a plan to verify, a wrapping shape, a broken reference, or nothing to say. */
function judgeSignature(sigEl: XmlElement, shape: DocumentShape): SignatureJudgement {
  const parent = sigEl.parentNode;
  if (!parent || parent.nodeType !== 1) return null;
  const target = parent as XmlElement;
  const role = roleOf(target, shape);
  if (!role) {
    // Nested signatures inside metadata (e.g. a signed EntityDescriptor in an aggregate) are not wrapping.
    if (shape.isMetadata) return null;
    return {
      wrapping: sigFindings.wrapped(
        'A signature sits where nothing is read from it',
        `A signature is inside ${describe(target)}, which is not the message root nor its assertion.`,
      ),
    };
  }
  const signature = readSignature(sigEl);
  if (signature.signedInfoCount !== 1) {
    return {
      wrapping: sigFindings.wrapped(
        'The signature is malformed',
        `The signature in ${describe(target)} has ${signature.signedInfoCount} SignedInfo elements; exactly one is allowed.`,
      ),
    };
  }
  if (signature.references.length !== 1) {
    return {
      wrapping: sigFindings.wrapped(
        'The signature signs an unexpected number of elements',
        `The signature in ${describe(target)} has ${signature.references.length} references; exactly one (to ${describe(target)}) is allowed.`,
      ),
    };
  }
  const uri = signature.references[0]?.uri ?? '';
  const id = attr(target, 'ID');
  const wholeDocument = uri === '' && target === shape.docRoot;
  if (wholeDocument || (id !== undefined && uri === `#${id}`)) return { plan: { signature, target, role, wholeDocument } };
  if (uri?.startsWith('#') && !shape.counts.has(uri.slice(1))) return { broken: sigFindings.referenceNotFound(describe(target), uri) };
  return {
    wrapping: sigFindings.wrapped(
      'The signature points at a different element',
      `The signature in ${describe(target)} references "${uri ?? '(no URI)'}", not the element it sits in.`,
    ),
  };
}

/**
 * The structural rules that defeat XML Signature Wrapping (the approach of
 * python3-saml, crewjam/saml and node-saml, written our own way):
 * - a signature sits on the root, or on the Assertion that is a direct child of the root Response;
 * - exactly one SignedInfo and exactly one Reference;
 * - the Reference URI is "#" + the ID of the element the Signature is in;
 * - IDs are unique in the whole document;
 * - a Response holds exactly one assertion anywhere in the document.
 * With these, the element a signature covers is the element identity is read from.
 */
export function analyseStructure(doc: XmlDocument): StructureResult {
  const message = messageRoot(doc);
  const docRoot = doc.documentElement;
  // Only signatures in the message element are judged: in a WS-Fed envelope, one outside its
  // assertion signs nothing anyone reads (and a second assertion is wrapping, below).
  const signatures = message ? descendantsNS(message.element, NS.ds, 'Signature') : [];
  const result: StructureResult = { signatureCount: descendantsNS(doc, NS.ds, 'Signature').length, plans: [], wrapping: [], broken: [] };
  if (!message || !docRoot || !result.signatureCount) return result;
  const root = message.element;
  const shape: DocumentShape = {
    root,
    docRoot,
    isResponse: isSaml(root, NS.samlp, 'Response'),
    isMetadata: root.namespaceURI === NS.md,
    counts: idCounts(doc),
  };
  result.wrapping.push(...duplicateIds(shape.counts));
  // A Response, or a WS-Fed envelope, holds exactly one assertion: a second one is where a forged one hides.
  if (shape.isResponse || message.envelope) result.wrapping.push(...extraAssertions(doc));
  for (const sigEl of signatures) {
    const judged = judgeSignature(sigEl, shape);
    if (!judged) continue;
    if ('plan' in judged) result.plans.push(judged.plan);
    else if ('wrapping' in judged) result.wrapping.push(judged.wrapping);
    else result.broken.push(judged.broken);
  }
  return result;
}
