import { browser } from 'wxt/browser';
import type { PortalName } from '@/utils/hosts';
import type { PortalFeature } from '@/utils/features/types';
import { copyText } from '@/components/overlay/copy';
import { mountControl } from '@/components/overlay/mount';
import { fetchPageCertificate } from './certificate-download';
import { startController } from './controller';

/** Connects the controller to the extension: messages to the background, the in-page control, the clipboard, the certificate download. */
export function runSetupContent(portal: PortalName, features: readonly PortalFeature[]): void {
  startController({
    portal,
    doc: document,
    features,
    transport: { send: (m) => browser.runtime.sendMessage(m) },
    mount: mountControl,
    copy: (text) => copyText(text),
    fetchDownload: fetchPageCertificate,
  });
}
