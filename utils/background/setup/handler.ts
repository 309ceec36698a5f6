import { browser } from 'wxt/browser';
import { FROM_CONTENT, parseSetupMessage } from '@/utils/messages/setup';
import { createSessionStore } from '@/utils/setup/session-store';
import { rotationCertificate } from '@/utils/cert-watch/rotation';
import { createWatchStore } from '@/utils/cert-watch/watch-store';
import { readCloudChoice } from '@/utils/cloud/choice';
import type { MessageHandler } from '@/utils/background/router';
import { contentSender, fromExtensionPage, type ExtensionIdentity } from './senders';
import { createSetupService, type SetupService } from './service';

/** Wires the setup service to runtime messages, after checking who sent each one (./senders). */

let service: SetupService | null = null;
function getService(): SetupService {
  service ??= createSetupService({
    store: createSessionStore({ local: browser.storage.local, session: browser.storage.session }),
    rotationCertificate: () => rotationCertificate(createWatchStore(browser.storage.local)),
    cloud: () => readCloudChoice(browser.storage.local),
  });
  return service;
}

const self = (): ExtensionIdentity => ({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });

const REFUSED = { ok: false, error: 'Message refused: wrong sender.' };

export const handleSetupMessage: MessageHandler = (raw, sender) => {
  const msg = parseSetupMessage(raw);
  if (!msg) return undefined;
  const fromContent = (FROM_CONTENT as readonly string[]).includes(msg.type);
  const frame = fromContent ? contentSender(msg, sender, self()) : null;
  if (fromContent ? !frame : !fromExtensionPage(sender, self())) return Promise.resolve(REFUSED);
  const s = getService();
  switch (msg.type) {
    case 'setup:observed':
      return s.observe(msg, frame);
    case 'setup:filled':
      return s.filled(msg);
    case 'setup:get-plan':
      return s.plan(msg.feature, frame);
    case 'setup:get-readiness':
      return s.readiness(msg.feature, frame);
    case 'setup:language':
      return s.language(msg.portal, msg.lang, msg.url);
    case 'setup:cert-download':
      return s.certDownload(msg.text, msg.url);
    case 'setup:scim-token':
      return s.scimToken(msg.value, msg.url);
    case 'setup:get-state':
      return s.state();
    case 'setup:ack-lockout':
      return s.ackLockout(msg.value);
    case 'setup:settings':
      return s.settings({
        ...(msg.defaultRole ? { defaultRole: msg.defaultRole } : {}),
        ...(msg.clickSave !== undefined ? { clickSave: msg.clickSave } : {}),
      });
    case 'setup:reset':
      return s.reset();
    case 'setup:import-cert':
      return s.importCertificate(msg.text, msg.name);
    case 'setup:refresh-metadata':
      return s.refreshMetadata();
    case 'setup:release-secret':
      return s.releaseSecret().then(async (r) => {
        // Tell the waiting form at once: its control turns ready for the admin's Fill.
        if (r.ok) await browser.tabs.sendMessage(r.to.tabId, { type: 'setup:refresh' }, { frameId: r.to.frameId }).catch(() => undefined);
        return r.ok ? { ok: true } : r;
      });
    case 'setup:decline-secret':
      return s.declineSecret();
    case 'setup:settle-value':
      return s.settleValue(msg.key, msg.use);
  }
};
