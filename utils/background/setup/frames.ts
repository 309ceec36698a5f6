import type { Runtime } from 'webextension-polyfill';
import {
  ALL_ADMIN_CENTER_MATCHES as ADMIN_CENTER_MATCHES,
  ALL_HOSTING_FRAME_MATCHES as HOSTING_FRAME_MATCHES,
  ALL_VIEW_FRAME_MATCHES as VIEW_FRAME_MATCHES,
  cloudOfUrl,
  matchesAny,
  portalOfUrl,
  type PortalName,
} from '@/utils/hosts';

/**
 * Which frame a content-script message came from, in the terms the features
 * use. A frame is trusted for what its portal's pages are, never more:
 * - Entra's own documents are the admin center's top frame and its React
 *   views (`*.reactblade*.portal.azure.net`) inside an admin-center tab, in
 *   the public cloud or a sovereign one (utils/hosts.ts, CLOUDS), never mixed;
 * - `*.hosting.portal.azure.net` frames run many teams' portal extensions,
 *   so they are "hosting" frames: readable, never given a secret;
 * - JustCall's pages are its top frame on app.justcall.io.
 * The tab and frame come from the browser (the sender), never the message.
 */

import type { FrameKind } from '@/utils/features/types';

export type { FrameKind };

export interface FrameRef {
  portal: PortalName;
  kind: FrameKind;
  tabId: number;
  frameId: number;
  /** The frame's own URL, and the tab's top-level URL. */
  url: string;
  topUrl: string;
}

function entraKind(frameId: number, url: string, topUrl: string): FrameKind | null {
  if (!matchesAny(ADMIN_CENTER_MATCHES, topUrl)) return null;
  if (frameId === 0) return matchesAny(ADMIN_CENTER_MATCHES, url) ? 'top' : null;
  // A frame of one cloud inside another cloud's admin center is no frame of ours.
  if (cloudOfUrl(url) !== cloudOfUrl(topUrl)) return null;
  if (matchesAny(VIEW_FRAME_MATCHES, url)) return 'view';
  if (matchesAny(HOSTING_FRAME_MATCHES, url)) return 'hosting';
  return null;
}

/** The frame a content script's message came from, or null when it is not a portal page we know. */
export function frameOf(sender: Runtime.MessageSender): FrameRef | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  const url = sender.url;
  // The top frame's own URL when the message comes from it; the tab's otherwise.
  const topUrl = frameId === 0 ? url : sender.tab?.url;
  if (tabId === undefined || frameId === undefined || !url || !topUrl) return null;
  const portal = portalOfUrl(url);
  if (portal === 'justcall') return frameId === 0 ? { portal, kind: 'top', tabId, frameId, url, topUrl } : null;
  if (portal === 'entra') {
    const kind = entraKind(frameId, url, topUrl);
    return kind ? { portal, kind, tabId, frameId, url, topUrl } : null;
  }
  return null;
}

/** The frames a feature reads from unless it says otherwise: the portal's own documents. */
export const OWN_FRAMES: readonly FrameKind[] = ['top', 'view'];
