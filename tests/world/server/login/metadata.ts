import { SignedXml } from 'xml-crypto';
import { pemBody } from '../certs';
import { CLOUDS, type CloudId } from '../clouds';
import type { SigningCert } from '../state';
import { escapeXml, samlId } from '../xml-sign';

/**
 * An app's federation metadata as Entra serves it: entityID = the tenant's
 * issuer, the app's ACTIVE signing certificate, the SSO and logout endpoints;
 * signed with that certificate (Signature first, as Entra's metadata has it).
 */
export function federationMetadataXml(tenantId: string, cert: SigningCert, cloud: CloudId = 'public'): string {
  const id = samlId();
  const login = `https://${CLOUDS[cloud].loginHost}/${tenantId}/saml2`;
  const keyInfo = `<KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${pemBody(cert.certPem)}</X509Certificate></X509Data></KeyInfo>`;
  const xml =
    `<EntityDescriptor ID="${id}" entityID="${escapeXml(CLOUDS[cloud].issuer(tenantId))}" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">` +
    `<IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    `<KeyDescriptor use="signing">${keyInfo}</KeyDescriptor>` +
    `<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(login)}"/>` +
    `<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(login)}"/>` +
    `<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${escapeXml(login)}"/>` +
    `</IDPSSODescriptor></EntityDescriptor>`;
  const sig = new SignedXml({
    privateKey: cert.keyPem,
    publicCert: cert.certPem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: `//*[@ID='${id}']`,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, { location: { reference: `//*[@ID='${id}']`, action: 'prepend' } });
  return `<?xml version="1.0" encoding="utf-8"?>${sig.getSignedXml()}`;
}
