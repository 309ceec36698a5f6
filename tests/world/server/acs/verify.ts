import type { Element } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { NS, childElements, descendants, firstChild, parseXml, textOf } from '../xml-read';

/**
 * JustCall's check of a SAML response, as a careful service provider does it,
 * with xml-crypto as the independent signature verifier. Every failure comes
 * back as the message JustCall shows.
 */

export interface SpConfig {
  certPem: string;
  /** null when JustCall's page has no Issuer field: the certificate alone then says who may sign. */
  issuer: string | null;
  entityId: string;
  acsUrl: string;
  now: Date;
  skewMs: number;
  isOutstanding(requestId: string): boolean;
  wasUsed(assertionId: string): boolean;
}

export interface VerifiedLogin {
  ok: true;
  email: string;
  firstName: string;
  lastName: string;
  nameId: string;
  assertionId: string;
  inResponseTo: string;
}

export type VerifyResult = VerifiedLogin | { ok: false; error: string };

const fail = (why: string): { ok: false; error: string } => ({ ok: false, error: `SSO login failed: ${why}` });

function countById(root: Element, id: string): number {
  let n = 0;
  const walk = (el: Element): void => {
    if (el.getAttribute('ID') === id || el.getAttribute('Id') === id || el.getAttribute('id') === id) n += 1;
    for (const c of childElements(el)) walk(c);
  };
  walk(root);
  return n;
}

/** Verifies one enveloped signature over its parent element; returns an error text or null. */
function checkEnvelopedSignature(sigEl: Element, xml: string, certPem: string): string | null {
  const parent = sigEl.parentNode as Element | null;
  const parentId = parent?.getAttribute('ID') ?? '';
  const signedInfo = firstChild(sigEl, NS.dsig, 'SignedInfo');
  const refs = signedInfo ? childElements(signedInfo, NS.dsig, 'Reference') : [];
  if (!parentId || refs.length !== 1 || refs[0]?.getAttribute('URI') !== `#${parentId}`) {
    return 'invalid signature (it does not cover the element that carries it)';
  }
  try {
    const sig = new SignedXml({ publicCert: certPem });
    sig.loadSignature(sigEl.toString());
    if (!sig.checkSignature(xml)) return 'invalid signature';
  } catch {
    return 'invalid signature';
  }
  return null;
}

function attributeValue(assertion: Element, name: string): string {
  for (const a of descendants(assertion, NS.assertion, 'Attribute')) {
    if (a.getAttribute('Name') === name) return textOf(firstChild(a, NS.assertion, 'AttributeValue'));
  }
  return '';
}

export function verifySamlResponse(samlResponseB64: string, cfg: SpConfig): VerifyResult {
  const xml = Buffer.from(samlResponseB64.replace(/\s+/g, ''), 'base64').toString('utf8');
  const doc = parseXml(xml);
  if (doc instanceof Error) return fail(`invalid SAML response (${doc.message})`);
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== NS.protocol || root.localName !== 'Response')
    return fail('invalid SAML response (not a SAML 2.0 Response)');

  const statusCode = firstChild(firstChild(root, NS.protocol, 'Status') ?? root, NS.protocol, 'StatusCode');
  const status = statusCode?.getAttribute('Value') ?? '';
  if (status !== 'urn:oasis:names:tc:SAML:2.0:status:Success')
    return fail(`the identity provider did not sign you in (status ${status || 'missing'})`);

  if (descendants(doc, NS.assertion, 'EncryptedAssertion').length > 0) return fail('encrypted assertions are not supported');
  const assertions = descendants(doc, NS.assertion, 'Assertion');
  if (assertions.length !== 1) return fail(`invalid SAML response (${assertions.length} assertions; possible signature wrapping)`);
  const assertion = assertions[0];
  if (!assertion || assertion.parentNode !== root)
    return fail('invalid SAML response (the assertion is not where it belongs; possible signature wrapping)');
  const assertionId = assertion.getAttribute('ID') ?? '';
  const responseId = root.getAttribute('ID') ?? '';
  if (!assertionId || countById(root, assertionId) !== 1 || (responseId && countById(root, responseId) !== 1)) {
    return fail('invalid SAML response (duplicate IDs; possible signature wrapping)');
  }

  if (!cfg.certPem) return fail('no certificate is configured for SSO');
  const signatures = [...childElements(root, NS.dsig, 'Signature'), ...childElements(assertion, NS.dsig, 'Signature')];
  if (signatures.length === 0) return fail('the SAML response is not signed');
  for (const s of signatures) {
    const err = checkEnvelopedSignature(s, xml, cfg.certPem);
    if (err) return fail(err);
  }

  const issuer = textOf(firstChild(assertion, NS.assertion, 'Issuer'));
  const responseIssuer = firstChild(root, NS.assertion, 'Issuer');
  if (cfg.issuer !== null && (issuer !== cfg.issuer || (responseIssuer && textOf(responseIssuer) !== cfg.issuer))) {
    return fail(`unexpected issuer '${issuer}' (JustCall expects '${cfg.issuer}')`);
  }
  const destination = root.getAttribute('Destination');
  if (destination && destination !== cfg.acsUrl) return fail(`the response was meant for '${destination}', not ${cfg.acsUrl}`);

  const now = cfg.now.getTime();
  const conditions = firstChild(assertion, NS.assertion, 'Conditions');
  const notBefore = Date.parse(conditions?.getAttribute('NotBefore') ?? '');
  const notOnOrAfter = Date.parse(conditions?.getAttribute('NotOnOrAfter') ?? '');
  if (!Number.isNaN(notBefore) && now + cfg.skewMs < notBefore) return fail('the SAML response is not yet valid (check the clocks)');
  if (!Number.isNaN(notOnOrAfter) && now - cfg.skewMs >= notOnOrAfter) return fail('the SAML response has expired');
  const audiences = conditions ? descendants(conditions, NS.assertion, 'Audience').map((a) => textOf(a)) : [];
  if (!audiences.includes(cfg.entityId)) {
    return fail(`audience mismatch: the response is for '${audiences.join(', ')}', JustCall's Entity ID is '${cfg.entityId}'`);
  }

  const subject = firstChild(assertion, NS.assertion, 'Subject');
  const nameId = textOf(subject ? firstChild(subject, NS.assertion, 'NameID') : undefined);
  const bearer = subject
    ? childElements(subject, NS.assertion, 'SubjectConfirmation').find(
        (c) => c.getAttribute('Method') === 'urn:oasis:names:tc:SAML:2.0:cm:bearer',
      )
    : undefined;
  const scd = bearer ? firstChild(bearer, NS.assertion, 'SubjectConfirmationData') : undefined;
  if (!scd) return fail('invalid SAML response (no bearer subject confirmation)');
  const recipient = scd.getAttribute('Recipient') ?? '';
  if (recipient !== cfg.acsUrl) return fail(`the response's Recipient '${recipient}' is not JustCall's ACS URL ${cfg.acsUrl}`);
  const scdNotOnOrAfter = Date.parse(scd.getAttribute('NotOnOrAfter') ?? '');
  if (!Number.isNaN(scdNotOnOrAfter) && now - cfg.skewMs >= scdNotOnOrAfter) return fail('the SAML response has expired');

  const inResponseTo = root.getAttribute('InResponseTo') || scd.getAttribute('InResponseTo') || '';
  const scdInResponseTo = scd.getAttribute('InResponseTo');
  if (scdInResponseTo && root.getAttribute('InResponseTo') && scdInResponseTo !== root.getAttribute('InResponseTo')) {
    return fail('invalid SAML response (InResponseTo values differ)');
  }
  if (cfg.wasUsed(assertionId)) return fail('this SAML response was already used');
  if (inResponseTo && !cfg.isOutstanding(inResponseTo))
    return fail('the response does not answer a login request JustCall made (unknown InResponseTo)');

  const email = attributeValue(assertion, 'email');
  if (!email) return fail('the email attribute is missing from the SAML response');
  return {
    ok: true,
    email,
    firstName: attributeValue(assertion, 'firstName'),
    lastName: attributeValue(assertion, 'lastName'),
    nameId,
    assertionId,
    inResponseTo,
  };
}
