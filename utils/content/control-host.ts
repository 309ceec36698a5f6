/** Marks our control's host element, so the controller (and tests) can tell it from the portal's nodes. */
export const CONTROL_HOST_ATTR = 'data-entra-sso-assistant';

export const HOST_SELECTOR = `[${CONTROL_HOST_ATTR}]`;

export function isControlHost(n: Node | undefined): boolean {
  return n !== undefined && n.nodeType === 1 && (n as Element).hasAttribute(CONTROL_HOST_ATTR);
}
