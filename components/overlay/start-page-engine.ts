import { browser } from 'wxt/browser';
import { SETUP_SESSION_KEY, SCIM_TOKEN_KEY } from '@/utils/setup/storage-keys';
import type { PortalName } from '@/utils/hosts';
import type { PortalFeature } from '@/utils/features/types';
import { fetchPageCertificate } from '@/utils/content/certificate-download';
import { startController } from '@/utils/content/controller';
import { learnedLabelsInStorage } from './learned-labels-storage';
import { installInjectedLabels } from '@/utils/features/label-pack';
import { copyText } from './copy';
import { mountControl } from './mount';

const isRefresh = (m: unknown): boolean => typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'setup:refresh';

/** Connects the controller to the extension: messages to the background, the in-page control, the clipboard, the certificate download. */
export function startPageEngine(portal: PortalName, features: readonly PortalFeature[]): void {
  // The page language's labels, left by the background just before it injected this engine.
  installInjectedLabels(features);
  startController({
    portal,
    doc: document,
    features,
    transport: { send: (m) => browser.runtime.sendMessage(m) },
    mount: mountControl,
    copy: (text) => copyText(text),
    fetchDownload: fetchPageCertificate,
    learnedLabels: learnedLabelsInStorage(),
    onSessionChange: (callback) => {
      const onStorage = (changes: Record<string, unknown>) => {
        if (SETUP_SESSION_KEY in changes || SCIM_TOKEN_KEY in changes) callback();
      };
      // The background's nudge (a secret released to this frame); pages cannot send runtime messages.
      const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
        if (sender.id === browser.runtime.id && sender.tab === undefined && isRefresh(message)) callback();
      };
      browser.storage.onChanged.addListener(onStorage);
      browser.runtime.onMessage.addListener(onMessage);
      return () => {
        browser.storage.onChanged.removeListener(onStorage);
        browser.runtime.onMessage.removeListener(onMessage);
      };
    },
  });
}
