/**
 * How JustCall's Single Sign-On settings page may be laid out. 'seed' is the
 * setup guide's page (the default); the others follow what JustCall's own help
 * articles describe (portal-dom-evidence.md points 10 to 12). Pure: shared
 * with JustCall's UI.
 */
import type { JustCallLayoutName } from './ui-options';

export interface JustCallLayout {
  name: JustCallLayoutName;
  /** Where the SP values (ACS URL, Entity ID) are drawn, if at all. */
  spValues: 'card' | 'side-card' | 'hidden';
  /** The label of the identity provider's sign-in URL field. */
  idpUrlLabel: string;
  /** The seed's "Issuer / Entity ID" input, or none. */
  issuerField: boolean;
  /** "Certificate" as a file upload, or "X.509 Certificate" pasted into a text area. */
  certificate: 'upload' | 'paste';
  /** The SCIM settings page, JustCall's not-found page, or its "not supported" notice. */
  provisioning: 'page' | 'not-found' | 'not-supported';
}

export const JUSTCALL_LAYOUT_DEFS: Record<JustCallLayoutName, JustCallLayout> = {
  seed: { name: 'seed', spValues: 'card', idpUrlLabel: 'SSO URL', issuerField: true, certificate: 'upload', provisioning: 'page' },
  'sso-url-paste': {
    name: 'sso-url-paste',
    spValues: 'hidden',
    idpUrlLabel: 'SSO URL',
    issuerField: false,
    certificate: 'paste',
    provisioning: 'not-supported',
  },
  'entry-point': {
    name: 'entry-point',
    spValues: 'hidden',
    idpUrlLabel: 'Entry Point URL',
    issuerField: false,
    certificate: 'paste',
    provisioning: 'not-found',
  },
  'saml-endpoint': {
    name: 'saml-endpoint',
    spValues: 'hidden',
    idpUrlLabel: 'SAML 2.0 Endpoint (HTTP)',
    issuerField: false,
    certificate: 'paste',
    provisioning: 'not-found',
  },
  'side-card': {
    name: 'side-card',
    spValues: 'side-card',
    idpUrlLabel: 'SSO URL',
    issuerField: true,
    certificate: 'upload',
    provisioning: 'page',
  },
};
