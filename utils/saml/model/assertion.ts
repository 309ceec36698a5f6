import type { Assertion, Attribute, NameId, Status, SubjectConfirmation } from '@/utils/saml/types';
import { NS } from '@/utils/saml/xml/namespaces';
import { attr, childElements, childrenNS, firstChildNS, textOf, type XmlElement } from '@/utils/saml/xml/dom';

/** Sets key only when the value is defined (exactOptionalPropertyTypes-friendly and tidy JSON). */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

export function readNameId(el: XmlElement | undefined): NameId | undefined {
  if (!el) return undefined;
  const id: NameId = { value: textOf(el) ?? '' };
  put(id, 'format', attr(el, 'Format'));
  put(id, 'spNameQualifier', attr(el, 'SPNameQualifier'));
  return id;
}

/**
 * The SAML schema lets an element carry one ds:Signature, as its first child
 * or right after its Issuer; strict SPs validate against the schema and refuse
 * a signature anywhere else, even one that verifies.
 */
export function signatureMisplaced(el: XmlElement): true | undefined {
  const children = childElements(el);
  const isSig = (c: XmlElement | undefined) => c?.namespaceURI === NS.ds && c.localName === 'Signature';
  const signatures = children.filter(isSig).length;
  if (signatures === 0) return undefined;
  const first = children[0];
  const allowed = first?.namespaceURI === NS.saml && first.localName === 'Issuer' ? 1 : 0;
  return signatures > 1 || !isSig(children[allowed]) ? true : undefined;
}

export function readIssuer(parent: XmlElement): string | undefined {
  return textOf(firstChildNS(parent, NS.saml, 'Issuer'));
}

export function readStatus(parent: XmlElement): Status | undefined {
  const status = firstChildNS(parent, NS.samlp, 'Status');
  if (!status) return undefined;
  const codes: string[] = [];
  for (let code = firstChildNS(status, NS.samlp, 'StatusCode'); code; code = firstChildNS(code, NS.samlp, 'StatusCode')) {
    codes.push(attr(code, 'Value') ?? '');
  }
  const out: Status = { codes };
  put(out, 'message', textOf(firstChildNS(status, NS.samlp, 'StatusMessage')));
  const detail = firstChildNS(status, NS.samlp, 'StatusDetail');
  put(out, 'detail', detail ? (detail.textContent ?? '').trim() : undefined);
  return out;
}

function readSubjectConfirmations(subject: XmlElement | undefined): SubjectConfirmation[] {
  if (!subject) return [];
  return childrenNS(subject, NS.saml, 'SubjectConfirmation').map((sc) => {
    const out: SubjectConfirmation = {};
    put(out, 'method', attr(sc, 'Method'));
    const data = firstChildNS(sc, NS.saml, 'SubjectConfirmationData');
    out.hasData = data !== undefined;
    if (data) {
      put(out, 'recipient', attr(data, 'Recipient'));
      put(out, 'address', attr(data, 'Address'));
      put(out, 'notBefore', attr(data, 'NotBefore'));
      put(out, 'notOnOrAfter', attr(data, 'NotOnOrAfter'));
      put(out, 'inResponseTo', attr(data, 'InResponseTo'));
    }
    return out;
  });
}

function readAttributes(assertion: XmlElement): Attribute[] {
  const out: Attribute[] = [];
  for (const statement of childrenNS(assertion, NS.saml, 'AttributeStatement')) {
    for (const a of childrenNS(statement, NS.saml, 'Attribute')) {
      const item: Attribute = {
        name: attr(a, 'Name') ?? '',
        values: childrenNS(a, NS.saml, 'AttributeValue').map((v) => (v.textContent ?? '').trim()),
      };
      put(item, 'nameFormat', attr(a, 'NameFormat'));
      put(item, 'friendlyName', attr(a, 'FriendlyName'));
      out.push(item);
    }
  }
  return out;
}

export function readAssertion(el: XmlElement): Assertion {
  const subject = firstChildNS(el, NS.saml, 'Subject');
  const out: Assertion = {
    id: attr(el, 'ID') ?? '',
    subjectConfirmations: readSubjectConfirmations(subject),
    attributes: readAttributes(el),
    hasSignature: !!firstChildNS(el, NS.ds, 'Signature'),
  };
  put(out, 'signatureMisplaced', signatureMisplaced(el));
  put(out, 'issueInstant', attr(el, 'IssueInstant'));
  put(out, 'issuer', readIssuer(el));
  put(out, 'nameId', readNameId(subject && firstChildNS(subject, NS.saml, 'NameID')));
  const conditions = firstChildNS(el, NS.saml, 'Conditions');
  if (conditions) {
    const c: NonNullable<Assertion['conditions']> = {
      audiences: childrenNS(conditions, NS.saml, 'AudienceRestriction').flatMap((r) =>
        childrenNS(r, NS.saml, 'Audience').map((a) => textOf(a) ?? ''),
      ),
    };
    put(c, 'notBefore', attr(conditions, 'NotBefore'));
    put(c, 'notOnOrAfter', attr(conditions, 'NotOnOrAfter'));
    out.conditions = c;
  }
  const authn = firstChildNS(el, NS.saml, 'AuthnStatement');
  if (authn) {
    const a: NonNullable<Assertion['authn']> = {};
    put(a, 'authnInstant', attr(authn, 'AuthnInstant'));
    put(a, 'sessionIndex', attr(authn, 'SessionIndex'));
    put(a, 'sessionNotOnOrAfter', attr(authn, 'SessionNotOnOrAfter'));
    const ctx = firstChildNS(authn, NS.saml, 'AuthnContext');
    put(a, 'classRef', textOf(ctx && firstChildNS(ctx, NS.saml, 'AuthnContextClassRef')));
    out.authn = a;
  }
  return out;
}
