import { makeFinding } from '@/utils/saml/finding';
import type { CertInfo, Finding } from '@/utils/saml/types';

/** Signature findings in plain language. */

const CERT_FIX =
  'In Entra, open the application > Single sign-on > SAML Certificates, download Certificate (Base64), and compare its thumbprint.';

export const sigFindings = {
  unsigned: (what: string, severity: 'error' | 'info'): Finding =>
    makeFinding(
      'signature.none',
      severity,
      `The ${what} is not signed`,
      severity === 'error'
        ? `Neither the ${what} nor anything in it carries an XML signature, so nothing proves it came from the identity provider.`
        : `The ${what} carries no signature. That is allowed, but the identity provider may require signed requests.`,
      severity === 'error'
        ? 'In Entra, set the Signing Option (SAML Certificates > Edit) to sign the assertion or the response and assertion.'
        : 'Nothing to do unless the identity provider rejects unsigned requests.',
      severity === 'error' ? 'certificate' : null,
    ),
  notParsed: (): Finding =>
    makeFinding(
      'signature.not-checked',
      'error',
      'The signature could not be checked',
      'The XML could not be parsed, so its signature was not checked.',
      'Fix the problems reported for the XML first.',
    ),
  wrapped: (title: string, detail: string): Finding =>
    makeFinding(
      'signature.wrapping',
      'error',
      title,
      `${detail} This is the shape of an XML Signature Wrapping attack: a genuine signature is kept, but it does not protect the content a service provider would read.`,
      'Do not trust this message. If it was captured from a real login, report it to your security team.',
    ),
  unsupported: (what: string): Finding =>
    makeFinding(
      'signature.unsupported',
      'error',
      'The signature uses an algorithm this tool does not check',
      `Unsupported ${what}. Supported: RSA-SHA1/256/384/512, SHA-1/256/384/512 digests, enveloped-signature, exclusive and inclusive C14N.`,
      'In Entra, use the default signing algorithm SHA-256.',
      'certificate',
    ),
  referenceNotFound: (element: string, uri: string): Finding =>
    makeFinding(
      'signature.reference-not-found',
      'error',
      'The signed element was changed after signing',
      `The signature in ${element} refers to "${uri}", but no element has that ID any more: the element's ID was altered after signing.`,
      'Capture a fresh login. If a proxy or tool edits SAML messages in transit, remove it.',
    ),
  digestMismatch: (element: string): Finding =>
    makeFinding(
      'signature.digest-mismatch',
      'error',
      `The signed ${element} was changed after signing`,
      `The digest of the ${element} does not match the one in the signature: its content (an attribute, a name, a time) differs from what the identity provider signed.`,
      'Capture a fresh login. If a proxy or tool edits SAML messages in transit, remove it.',
    ),
  valueMismatch: (element: string, certs: number): Finding =>
    makeFinding(
      'signature.value-mismatch',
      'error',
      `The signature on the ${element} does not verify`,
      certs
        ? `The signature value does not match with any of the ${certs} known certificate(s), nor with the certificate in the message.`
        : 'The signature value does not match the content it signs.',
      'Capture a fresh login; if it keeps failing, check the signing certificate in Entra.',
      'certificate',
    ),
  unknownSigner: (embedded: CertInfo): Finding =>
    makeFinding(
      'signature.unknown-signer',
      'error',
      'The message was signed by an unknown certificate',
      `The signature is intact but was made with a certificate none of the known ones match: thumbprint ${embedded.sha1} (${embedded.subject}, valid until ${embedded.notAfter.slice(0, 10)}).`,
      `If this is Entra's new certificate, make it active and upload it to JustCall. ${CERT_FIX}`,
      'certificate',
    ),
  embeddedOnly: (embedded: CertInfo | undefined): Finding =>
    makeFinding(
      'signature.embedded-cert-only',
      'warning',
      'The signature was checked only against the certificate inside the message',
      `${embedded ? `The message carries certificate ${embedded.sha1} (${embedded.subject}). ` : ''}Anyone can sign a message and include their own certificate, so this proves nothing until it is compared with the certificate you trust.`,
      `Add the Entra signing certificate (or JustCall's copy) to check against. ${CERT_FIX}`,
      'certificate',
    ),
  noCertificate: (): Finding =>
    makeFinding(
      'signature.no-certificate',
      'warning',
      'No certificate to check the signature against',
      'The message is signed, but no trusted certificate was given and the message carries none.',
      `Add the Entra signing certificate. ${CERT_FIX}`,
      'certificate',
    ),
  weakSha1: (): Finding =>
    makeFinding(
      'signature.weak-sha1',
      'warning',
      'The signature uses SHA-1',
      'SHA-1 is deprecated for signatures; many service providers reject it.',
      'In Entra, SAML Certificates > Edit > Signing Algorithm: choose SHA-256.',
      'certificate',
    ),
  justcallHoldsOld: (signer: CertInfo, justcall: CertInfo[]): Finding =>
    makeFinding(
      'certificate.justcall-holds-old',
      'error',
      'JustCall holds a different certificate than the one Entra signs with',
      `Entra signed with ${signer.sha1} (valid until ${signer.notAfter.slice(0, 10)}), but JustCall has ${justcall
        .map((c) => `${c.sha1} (valid until ${c.notAfter.slice(0, 10)})`)
        .join(', ')}. JustCall will reject the login.`,
      "Download Certificate (Base64) from the Entra application's SAML Certificates section and upload it in JustCall's SSO settings.",
      'justcall-idp',
    ),
  signedWithInactive: (signer: CertInfo): Finding =>
    makeFinding(
      'certificate.signed-with-inactive',
      'warning',
      'Entra signed with a certificate that is not the active one',
      `The signature verifies with ${signer.sha1}, which the setup knows as an inactive certificate.`,
      'Check which certificate is active in Entra (SAML Certificates) and that JustCall holds that one.',
      'certificate',
    ),
};
