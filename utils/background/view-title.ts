import { browser } from 'wxt/browser';
import { shellFrameTitles } from '@/utils/dom/shell-frame-titles';
import { parseViewTitleReply, parseViewTitleRequest } from '@/utils/messages/view-title';
import { frameOf } from './setup/frames';
import type { MessageHandler } from './router';

/**
 * Answers a React view frame's question "what does the shell call me?" by
 * reading the admin center's top frame of the same tab. Only a view frame of
 * an admin-center tab may ask, and it learns only its own title.
 */

const NONE = { titles: [] };

export const handleViewTitleRequest: MessageHandler = (raw, sender) => {
  const msg = parseViewTitleRequest(raw);
  if (!msg) return undefined;
  const frame = sender.id === browser.runtime.id ? frameOf(sender) : null;
  if (!frame || frame.portal !== 'entra' || frame.kind !== 'view') return Promise.resolve(NONE);
  return browser.scripting
    .executeScript({
      target: { tabId: frame.tabId, frameIds: [0] },
      func: shellFrameTitles,
      args: [msg.name, frame.url, msg.parents ?? []],
    })
    .then(
      (results) => parseViewTitleReply({ titles: results[0]?.result ?? [] }) ?? NONE,
      () => NONE,
    );
};
