import { browser } from 'wxt/browser';
import { portalOfUrl, type PortalName } from '@/utils/hosts';
import { primarySubtag } from '@/utils/i18n/page-language';
import { labelPackFor } from '@/utils/features/i18n';
import { parseEngineRequest } from '@/utils/messages/engine';
import type { MessageHandler } from './router';

/**
 * Injects a portal's page engine into the frame whose content script asked
 * for it: only into a frame on that portal's own hosts, and only the engine
 * of that portal. The tab and frame come from the sender, never the message.
 * On Entra, the frame's page language's label pack goes first, so the engine
 * carries no language but English and the one it is given.
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
  const target = { tabId, frameIds: [frameId] };
  const lang = primarySubtag(msg.lang ?? '');
  const labels = msg.portal === 'entra' && lang ? labelPackFor(lang) : null;
  const givePack = labels
    ? browser.scripting.executeScript({ target, func: leaveLabelPack, args: [{ lang, labels }] })
    : Promise.resolve([]);
  return givePack
    .then(() => browser.scripting.executeScript({ target, files: [ENGINE_FILES[msg.portal]] }))
    .then(
      () => ({ ok: true }),
      (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
};

/** Runs in the frame's isolated world, on its own (it is serialised): the literal is LABEL_PACK_GLOBAL (utils/features/label-pack.ts). */
function leaveLabelPack(pack: unknown): void {
  (globalThis as Record<string, unknown>)['__entraSsoAssistantLabels'] = pack;
}
