/** Namespace URIs; elements are matched by (namespace, local name), never by prefix. */
export const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  xmlns: 'http://www.w3.org/2000/xmlns/',
  xml: 'http://www.w3.org/XML/1998/namespace',
  saml11: 'urn:oasis:names:tc:SAML:1.0:assertion',
  exc: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  wstrust: 'http://schemas.xmlsoap.org/ws/2005/02/trust',
  wstrust13: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512',
} as const;
