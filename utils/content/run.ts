import { browser } from 'wxt/browser';
import { copyText } from '../../components/overlay/copy';
import { mountControl } from '../../components/overlay/mount';
import { SETUP_SESSION_KEY, parseSession, type SessionPortal } from '../setup/session';
import { startController } from './controller';
import type { FeatureAdapter } from './features';

/**
 * Connects the controller to the extension: messages to the background, the
 * shadow-root control, the clipboard, and the certificate fallback.
 */

const MAX_CERT_BYTES = 20_000;

/**
 * Fallback when the metadata fetch failed: fetch the portal's own
 * "Certificate (Base64)" link, only from this page's origin.
 */
async function certificateFallback(href: string | null): Promise<void> {
  if (!href) return;
  let target: URL;
  try {
    target = new URL(href, location.href);
  } catch {
    return;
  }
  if (target.origin !== location.origin) return;
  const stored = (await browser.storage.local.get(SETUP_SESSION_KEY))[SETUP_SESSION_KEY];
  const session = parseSession(stored, new Date());
  if (session.certificate || !session.metadata || session.metadata.ok) return;
  try {
    const res = await fetch(target.toString(), { credentials: 'same-origin' });
    if (!res.ok) return;
    const text = await res.text();
    if (text.length > MAX_CERT_BYTES) return;
    await browser.runtime.sendMessage({ type: 'setup:cert-download', text, url: location.href.slice(0, 4096) });
  } catch {
    // The wizard offers the drop zone when this fails too.
  }
}

export function runSetupContent(portal: SessionPortal, adapters: readonly FeatureAdapter[], readScimToken?: (root: ParentNode) => string | null): void {
  startController({
    portal,
    doc: document,
    adapters,
    transport: { send: (m) => browser.runtime.sendMessage(m) },
    mount: mountControl,
    copy: (text) => copyText(text),
    ...(readScimToken ? { readScimToken } : {}),
    ...(portal === 'entra' ? { afterCertificates: certificateFallback } : {}),
  });
}
