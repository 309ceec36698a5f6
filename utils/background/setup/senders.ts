import type { Runtime } from 'webextension-polyfill';
import { portalOfUrl } from '@/utils/hosts';
import type { SetupMessage } from '@/utils/messages/setup';
import { featurePortal } from '@/utils/setup/session';

/**
 * Who may send which setup message. A content script's messages are accepted
 * only from a frame on the portal its feature belongs to; the settings, reset
 * and import messages only from the extension's own pages.
 */

export interface ExtensionIdentity {
  id: string;
  /** The extension's own origin, e.g. chrome-extension://<id>/ */
  baseUrl: string;
}

export function fromExtensionPage(sender: Runtime.MessageSender, self: ExtensionIdentity): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
}

export function contentSenderAllowed(msg: SetupMessage, sender: Runtime.MessageSender, self: ExtensionIdentity): boolean {
  if (sender.id !== self.id) return false;
  const portal = portalOfUrl(sender.url);
  if (!portal) return false;
  switch (msg.type) {
    case 'setup:observed':
    case 'setup:filled':
    case 'setup:get-plan':
    case 'setup:get-readiness':
      return featurePortal(msg.feature) === portal;
    case 'setup:language':
      return msg.portal === portal;
    case 'setup:cert-download':
      return portal === 'entra';
    case 'setup:scim-token':
      return portal === 'justcall';
    default:
      return false;
  }
}
