import { CONTROL_HOST_ATTR } from '@/components/overlay/host-attr';

/** Matches our own in-page control's host, so changes to it are not taken for the portal's. */
export const HOST_SELECTOR = `[${CONTROL_HOST_ATTR}]`;

export function isControlHost(n: Node | undefined): boolean {
  return n !== undefined && n.nodeType === 1 && (n as Element).hasAttribute(CONTROL_HOST_ATTR);
}
