import { browser } from 'wxt/browser';
import { copyText } from '@/components/overlay/copy';
import { mountControl } from '@/components/overlay/mount';
import type { SessionPortal } from '@/utils/setup/session';
import { certificateFallback } from './certificate-fallback';
import { startController } from './controller';
import type { FeatureAdapter } from './features';

/**
 * Connects the controller to the extension: messages to the background, the
 * shadow-root control, the clipboard, and the certificate fallback.
 */

export function runSetupContent(
  portal: SessionPortal,
  adapters: readonly FeatureAdapter[],
  readScimToken?: (root: ParentNode) => string | null,
): void {
  startController({
    portal,
    doc: document,
    adapters,
    transport: { send: (m) => browser.runtime.sendMessage(m) },
    mount: mountControl,
    copy: (text) => copyText(text),
    ...(readScimToken ? { readScimToken } : {}),
    ...(portal === 'entra' ? { afterCertificates: certificateFallback } : {}),
  });
}
