import type { EntityDescriptorModel, Finding } from '@/utils/saml/types';
import { makeFinding } from '@/utils/saml/finding';
import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';
import { NS } from '@/utils/saml/xml/namespaces';
import { attr, childElements, childrenNS, descendantsNS, firstChildNS, type XmlElement } from '@/utils/saml/xml/dom';

function signingCertsOf(roleDescriptor: XmlElement): string[] {
  const out: string[] = [];
  for (const kd of childrenNS(roleDescriptor, NS.md, 'KeyDescriptor')) {
    const use = attr(kd, 'use');
    if (use !== undefined && use !== 'signing') continue;
    for (const cert of descendantsNS(kd, NS.ds, 'X509Certificate')) {
      const b64 = (cert.textContent ?? '').replace(/\s+/g, '');
      if (b64) out.push(b64);
    }
  }
  return out;
}

function endpoints(sso: XmlElement, local: string): Array<{ binding: string; location: string }> {
  return childrenNS(sso, NS.md, local).map((e) => ({ binding: attr(e, 'Binding') ?? '', location: attr(e, 'Location') ?? '' }));
}

/** The EntityDescriptor to read: itself, or the first IdP inside an EntitiesDescriptor. */
export function pickEntityDescriptor(root: XmlElement): XmlElement | undefined {
  if (root.namespaceURI !== NS.md) return undefined;
  if (root.localName === 'EntityDescriptor') return root;
  if (root.localName !== 'EntitiesDescriptor') return undefined;
  const all = descendantsNS(root, NS.md, 'EntityDescriptor');
  return all.find((e) => firstChildNS(e, NS.md, 'IDPSSODescriptor')) ?? all[0];
}

/**
 * IdP signing certificates come from IDPSSODescriptor; when there is none
 * (e.g. a WS-Fed-only RoleDescriptor) any signing KeyDescriptor of the entity counts.
 */
export function entityDescriptorModel(ed: XmlElement): EntityDescriptorModel {
  const idps = childrenNS(ed, NS.md, 'IDPSSODescriptor');
  let certs = idps.flatMap(signingCertsOf);
  if (!certs.length) {
    for (const role of childElements(ed)) if (role.namespaceURI === NS.md) certs.push(...signingCertsOf(role));
  }
  certs = [...new Set(certs)];
  const model: EntityDescriptorModel = {
    kind: 'EntityDescriptor',
    hasSignature: !!firstChildNS(ed, NS.ds, 'Signature'),
    signingCertificates: certs,
    ssoServices: idps.flatMap((i) => endpoints(i, 'SingleSignOnService')),
    sloServices: idps.flatMap((i) => endpoints(i, 'SingleLogoutService')),
  };
  const entityId = attr(ed, 'entityID');
  if (entityId !== undefined) model.entityId = entityId;
  return model;
}

/** Convenience: the signing certificates (base64 DER) of a federation metadata document. */
export function parseMetadataCertificates(xml: string): { certificates: string[]; findings: Finding[] } {
  const { doc, findings } = parseXmlSafely(xml);
  if (!doc?.documentElement) return { certificates: [], findings };
  const ed = pickEntityDescriptor(doc.documentElement);
  if (!ed) {
    return {
      certificates: [],
      findings: [
        ...findings,
        makeFinding(
          'metadata.not-metadata',
          'error',
          'This is not federation metadata',
          'The XML root is not a SAML 2.0 EntityDescriptor or EntitiesDescriptor.',
          "Download the Federation Metadata XML from the Entra application's SAML Certificates section.",
          'certificate',
        ),
      ],
    };
  }
  const model = entityDescriptorModel(ed);
  if (!model.signingCertificates.length) {
    findings.push(
      makeFinding(
        'metadata.no-signing-cert',
        'error',
        'The metadata has no signing certificate',
        'No KeyDescriptor with use="signing" (or without use) holds an X509Certificate.',
        'Download the Federation Metadata XML again from the Entra application.',
        'certificate',
      ),
    );
  }
  return { certificates: model.signingCertificates, findings };
}
