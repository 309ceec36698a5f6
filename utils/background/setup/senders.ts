import type { Runtime } from 'webextension-polyfill';
import { featureById } from '@/utils/features';
import type { SetupMessage } from '@/utils/messages/setup';
import { featurePortal, type FeatureId } from '@/utils/setup/session';
import { frameOf, OWN_FRAMES, type FrameRef } from './frames';

/**
 * Who may send which setup message. A content script's messages are accepted
 * only from a frame its feature expects (./frames.ts: portal, frame kind and
 * the tab's top-level page); the settings, reset, import and confirmation
 * messages only from the extension's own pages (id and origin).
 */

export interface ExtensionIdentity {
  id: string;
  /** The extension's own origin, e.g. chrome-extension://<id>/ */
  baseUrl: string;
}

export function fromExtensionPage(sender: Runtime.MessageSender, self: ExtensionIdentity): boolean {
  // Chrome also tells the sender's origin; a content script's is the page's, never ours.
  const origin = (sender as { origin?: string }).origin;
  const ours = self.baseUrl.replace(/\/$/, '');
  return (
    sender.id === self.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(self.baseUrl) &&
    (origin === undefined || origin === ours)
  );
}

/** The frame a feature's message may come from, or null. */
export function featureFrame(feature: FeatureId, sender: Runtime.MessageSender): FrameRef | null {
  const frame = frameOf(sender);
  if (!frame || frame.portal !== featurePortal(feature)) return null;
  const allowed = featureById(feature)?.frames ?? OWN_FRAMES;
  return allowed.includes(frame.kind) ? frame : null;
}

/** The frame of an allowed content-script message, or null when it must be refused. */
export function contentSender(msg: SetupMessage, sender: Runtime.MessageSender, self: ExtensionIdentity): FrameRef | null {
  if (sender.id !== self.id) return null;
  switch (msg.type) {
    case 'setup:observed':
    case 'setup:filled':
    case 'setup:get-plan':
    case 'setup:get-readiness':
      return featureFrame(msg.feature, sender);
    case 'setup:language': {
      const frame = frameOf(sender);
      return frame?.kind === 'top' && frame.portal === msg.portal ? frame : null;
    }
    case 'setup:cert-download':
      return featureFrame('entra/certificates', sender);
    case 'setup:scim-token':
      return featureFrame('justcall/provisioning', sender);
    default:
      return null;
  }
}
