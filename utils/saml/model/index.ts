import { makeFinding } from '@/utils/saml/finding';
import { SamlModel, type Finding } from '@/utils/saml/types';
import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { NS } from '@/utils/saml/xml/namespaces';
import { attr, boolAttr, childrenNS, descendantsNS, firstChildNS, textOf, type XmlDocument, type XmlElement } from '@/utils/saml/xml/dom';
import { put, readAssertion, readIssuer, readNameId, readStatus, signatureMisplaced } from './assertion';
import { entityDescriptorModel, pickEntityDescriptor } from './metadata';
import { messageRoot } from './message-root';

export { parseMetadataCertificates } from './metadata';

function common(el: XmlElement) {
  const out: {
    id?: string;
    issueInstant?: string;
    issuer?: string;
    destination?: string;
    hasSignature: boolean;
    signatureMisplaced?: true;
  } = {
    hasSignature: !!firstChildNS(el, NS.ds, 'Signature'),
  };
  put(out, 'signatureMisplaced', signatureMisplaced(el));
  put(out, 'id', attr(el, 'ID'));
  put(out, 'issueInstant', attr(el, 'IssueInstant'));
  put(out, 'issuer', readIssuer(el));
  put(out, 'destination', attr(el, 'Destination'));
  return out;
}

function buildModel(doc: XmlDocument, root: XmlElement): SamlModel | null {
  const ns = root.namespaceURI;
  const local = root.localName;
  if (ns === NS.samlp && local === 'Response') {
    const m: SamlModel = {
      kind: 'Response',
      ...common(root),
      // every Assertion anywhere: more than one is how signature wrapping hides a forged one
      assertions: descendantsNS(doc, NS.saml, 'Assertion').map(readAssertion),
      encryptedAssertions: descendantsNS(doc, NS.saml, 'EncryptedAssertion').length,
    };
    put(m, 'inResponseTo', attr(root, 'InResponseTo'));
    put(m, 'status', readStatus(root));
    return m;
  }
  if (ns === NS.saml && local === 'Assertion') {
    return { kind: 'Assertion', ...common(root), assertion: readAssertion(root) };
  }
  if (ns === NS.samlp && local === 'AuthnRequest') {
    const m: SamlModel = {
      kind: 'AuthnRequest',
      ...common(root),
      hasSubject: !!firstChildNS(root, NS.saml, 'Subject'),
      hasScoping: !!firstChildNS(root, NS.samlp, 'Scoping'),
    };
    put(m, 'acsUrl', attr(root, 'AssertionConsumerServiceURL'));
    put(m, 'protocolBinding', attr(root, 'ProtocolBinding'));
    put(m, 'forceAuthn', boolAttr(root, 'ForceAuthn'));
    put(m, 'isPassive', boolAttr(root, 'IsPassive'));
    const policy = firstChildNS(root, NS.samlp, 'NameIDPolicy');
    put(m, 'nameIdPolicyFormat', policy && attr(policy, 'Format'));
    const rac = firstChildNS(root, NS.samlp, 'RequestedAuthnContext');
    if (rac) {
      const r: { comparison?: string; classRefs: string[] } = {
        classRefs: childrenNS(rac, NS.saml, 'AuthnContextClassRef').map((c) => textOf(c) ?? ''),
      };
      put(r, 'comparison', attr(rac, 'Comparison'));
      m.requestedAuthnContext = r;
    }
    return m;
  }
  if (ns === NS.samlp && local === 'LogoutRequest') {
    const m: SamlModel = { kind: 'LogoutRequest', ...common(root) };
    put(m, 'nameId', readNameId(firstChildNS(root, NS.saml, 'NameID')));
    put(m, 'sessionIndex', textOf(firstChildNS(root, NS.samlp, 'SessionIndex')));
    return m;
  }
  if (ns === NS.samlp && local === 'LogoutResponse') {
    const m: SamlModel = { kind: 'LogoutResponse', ...common(root) };
    put(m, 'inResponseTo', attr(root, 'InResponseTo'));
    put(m, 'status', readStatus(root));
    return m;
  }
  const ed = pickEntityDescriptor(root);
  if (ed) return entityDescriptorModel(ed);
  return null;
}

function describeRoot(root: XmlElement): string {
  return root.namespaceURI ? `{${root.namespaceURI}}${root.localName ?? root.nodeName}` : root.nodeName;
}

/** Why a WS-Fed envelope yields no message: a SAML 1.1 token, or no token at all. */
function emptyEnvelope(doc: XmlDocument): Finding {
  if (descendantsNS(doc, NS.saml11, 'Assertion').length) {
    return makeFinding(
      'decode.saml11-token',
      'error',
      'The WS-Federation token is SAML 1.1',
      'The wresult holds a SAML 1.1 assertion; this tool analyses SAML 2.0 messages.',
      'For JustCall, use the SAML 2.0 sign-on (SAMLResponse), not WS-Federation.',
    );
  }
  return makeFinding(
    'xml.not-saml',
    'error',
    'This XML is not a SAML 2.0 message this tool understands',
    'The WS-Federation wresult holds no SAML 2.0 Assertion.',
    'Paste the SAMLResponse or SAMLRequest, or the federation metadata.',
  );
}

/**
 * Safe-parses SAML XML and reads it into the typed model (namespace-aware).
 * A WS-Federation wresult is read as the assertion it carries (./message-root.ts).
 * Never throws: unparseable or unknown XML gives model null and findings.
 */
export function parseSaml(xml: string): { model: SamlModel | null; doc: XmlDocument | null; findings: Finding[] } {
  const { doc, findings } = parseXmlSafely(xml);
  const docRoot = doc?.documentElement;
  if (!doc || !docRoot) return { model: null, doc: null, findings };
  const message = messageRoot(doc);
  if (!message) {
    findings.push(emptyEnvelope(doc));
    return { model: null, doc, findings };
  }
  const root = message.element;
  let model: SamlModel | null;
  try {
    model = buildModel(doc, root);
  } catch (err) {
    findings.push(
      makeFinding(
        'xml.unreadable',
        'error',
        'The SAML message could not be read',
        err instanceof Error ? err.message : String(err),
        'Capture the message again.',
      ),
    );
    return { model: null, doc, findings };
  }
  if (!model) {
    const hint =
      root.localName === 'Response' || root.localName === 'Assertion' || root.localName === 'AuthnRequest'
        ? ' It looks like SAML but not SAML 2.0 (check the namespace).'
        : '';
    findings.push(
      makeFinding(
        'xml.not-saml',
        'error',
        'This XML is not a SAML 2.0 message this tool understands',
        `The root element is ${describeRoot(root)}; expected a SAML 2.0 Response, Assertion, AuthnRequest, LogoutRequest, LogoutResponse or EntityDescriptor.${hint}`,
        'Paste the SAMLResponse or SAMLRequest, or the federation metadata.',
      ),
    );
    return { model: null, doc, findings };
  }
  const checked = SamlModel.safeParse(model);
  if (!checked.success) {
    findings.push(
      makeFinding('xml.unreadable', 'error', 'The SAML message could not be read', checked.error.message, 'Capture the message again.'),
    );
    return { model: null, doc, findings };
  }
  return { model: checked.data, doc, findings };
}
