import { browser } from 'wxt/browser';
import { SETUP_SESSION_KEY, SCIM_TOKEN_KEY } from '@/utils/setup/storage-keys';
import type { PortalName } from '@/utils/hosts';
import type { PortalFeature } from '@/utils/features/types';
import { fetchPageCertificate } from '@/utils/content/certificate-download';
import { startController } from '@/utils/content/controller';
import { copyText } from './copy';
import { mountControl } from './mount';

/** Connects the controller to the extension: messages to the background, the in-page control, the clipboard, the certificate download. */
export function startPageEngine(portal: PortalName, features: readonly PortalFeature[]): void {
  startController({
    portal,
    doc: document,
    features,
    transport: { send: (m) => browser.runtime.sendMessage(m) },
    mount: mountControl,
    copy: (text) => copyText(text),
    fetchDownload: fetchPageCertificate,
    onSessionChange: (callback) => {
      const listener = (changes: Record<string, unknown>) => {
        if (SETUP_SESSION_KEY in changes || SCIM_TOKEN_KEY in changes) callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  });
}
