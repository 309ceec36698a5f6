import { browser } from 'wxt/browser';
import { portalOfUrl, type PortalName } from '@/utils/hosts';
import { parseEngineRequest } from '@/utils/messages/engine';
import type { MessageHandler } from './router';

/**
 * Injects a portal's page engine into the frame whose content script asked
 * for it: only into a frame on that portal's own hosts, and only the engine
 * of that portal. The tab and frame come from the sender, never the message.
 */

export const ENGINE_FILES = {
  entra: '/entra-engine.js',
  justcall: '/justcall-engine.js',
} as const satisfies Record<PortalName, string>;

export const handleEngineRequest: MessageHandler = (raw, sender) => {
  const msg = parseEngineRequest(raw);
  if (!msg) return undefined;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (sender.id !== browser.runtime.id || tabId === undefined || frameId === undefined || portalOfUrl(sender.url) !== msg.portal) {
    return Promise.resolve({ ok: false, error: 'Message refused: wrong sender.' });
  }
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILES[msg.portal]] }).then(
    () => ({ ok: true }),
    (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
};
