/**
 * A WS-Federation wresult is a RequestSecurityTokenResponse whose
 * RequestedSecurityToken holds the assertion. The decoder keeps the wresult
 * whole; the model reads the assertion where it sits
 * (utils/saml/model/message-root.ts), so the XML is parsed once.
 */
export function looksLikeWsFedResponse(xml: string): boolean {
  return /RequestSecurityTokenResponse/.test(xml.slice(0, 2000));
}
