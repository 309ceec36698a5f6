import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { FROM_CONTENT, parseSetupMessage, type SetupMessage } from '@/utils/messages/setup';
import { createSessionStore } from '@/utils/setup/session-store';
import { featurePortal, type SessionPortal } from '@/utils/setup/session';
import { createSetupService, type SetupService } from './setup-service';
import type { MessageHandler } from './router';

/**
 * Wires the setup service to runtime messages. Content-script messages are
 * accepted only from a frame on the portal the feature belongs to; the
 * settings, reset and import messages only from the extension's own pages.
 */

let service: SetupService | null = null;
function getService(): SetupService {
  service ??= createSetupService({
    store: createSessionStore({ local: browser.storage.local, session: browser.storage.session }),
  });
  return service;
}

const ENTRA_HOST =
  /^(entra\.microsoft\.com|portal\.azure\.com|[a-z0-9-]+\.reactblade\.portal\.azure\.net|[a-z0-9-]+\.hosting\.portal\.azure\.net)$/i;
const JUSTCALL_HOST = /^app\.justcall\.io$/i;

export function senderPortal(url: string | undefined): SessionPortal | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return null;
    if (ENTRA_HOST.test(u.hostname)) return 'entra';
    if (JUSTCALL_HOST.test(u.hostname)) return 'justcall';
  } catch {
    return null;
  }
  return null;
}

function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

function contentPortalOk(msg: SetupMessage, sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const portal = senderPortal(sender.url);
  if (!portal) return false;
  switch (msg.type) {
    case 'setup:observed':
    case 'setup:filled':
    case 'setup:get-plan':
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

const REFUSED = { ok: false, error: 'Message refused: wrong sender.' };

export const handleSetupMessage: MessageHandler = (raw, sender) => {
  const msg = parseSetupMessage(raw);
  if (!msg) return undefined;
  const fromContent = (FROM_CONTENT as readonly string[]).includes(msg.type);
  if (fromContent ? !contentPortalOk(msg, sender) : !fromExtensionPage(sender)) return Promise.resolve(REFUSED);
  const s = getService();
  switch (msg.type) {
    case 'setup:observed':
      return s.observe(msg);
    case 'setup:filled':
      return s.filled(msg);
    case 'setup:get-plan':
      return s.plan(msg.feature);
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
  }
};
