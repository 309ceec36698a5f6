import { browser } from 'wxt/browser';
import { parseCloudRequest, type CloudReply } from '@/utils/messages/cloud';
import { cloudState, reconcileCloud, switchCloud, type CloudApis } from '@/utils/cloud/registration';
import type { MessageHandler } from './router';
import { fromExtensionPage } from './setup/senders';

/** The cloud setting's background half: chrome.scripting registrations kept in step with the choice and the grants. */

function apis(): CloudApis {
  return {
    scripting: {
      getRegisteredContentScripts: () => chrome.scripting.getRegisteredContentScripts(),
      registerContentScripts: (scripts) => chrome.scripting.registerContentScripts(scripts),
      unregisterContentScripts: (filter) => chrome.scripting.unregisterContentScripts(filter),
    },
    permissions: {
      contains: (p) => chrome.permissions.contains(p),
      remove: (p) => chrome.permissions.remove(p),
    },
    local: browser.storage.local,
  };
}

/** Call once, synchronously, from the background entrypoint. */
export function startCloudRegistrations(): void {
  chrome.runtime.onInstalled.addListener(() => void reconcileCloud(apis(), true).catch(() => undefined));
  chrome.runtime.onStartup.addListener(() => void reconcileCloud(apis()).catch(() => undefined));
  // The admin can take a host back in chrome://extensions; the scripts for it go with it.
  chrome.permissions.onRemoved.addListener(() => void reconcileCloud(apis()).catch(() => undefined));
}

export const handleCloudMessage: MessageHandler = (raw, sender) => {
  const message = parseCloudRequest(raw);
  if (!message || !fromExtensionPage(sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') })) return undefined;
  if (message.type === 'cloud:get') return cloudState(apis()).then((state): CloudReply => ({ ok: true, state }));
  return switchCloud(apis(), message.cloud);
};
