import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { SETUP_SESSION_KEY } from '@/utils/setup/storage-keys';

/**
 * Fallback when the federation-metadata fetch failed: the Entra content script
 * fetches the portal's own "Certificate (Base64)" link, only from its page's
 * origin, and hands the text to the background, which checks it.
 */

const MAX_CERT_BYTES = 20_000;

/**
 * The parts of the stored setup session (./setup/session) this decision reads.
 * Parsing only these keeps the whole session schema out of the content script;
 * the background validates the session and the certificate text itself.
 */
const FallbackView = z.object({
  version: z.literal(1),
  certificate: z.nullable(z.object({ sha1: z.string() })),
  metadata: z.nullable(z.object({ ok: z.boolean() })),
});

/** Whether the stored session asks for the page's certificate: none yet, and the metadata fetch failed. */
export function needsCertificateDownload(stored: unknown): boolean {
  const view = FallbackView.safeParse(stored);
  if (!view.success) return false;
  const { certificate, metadata } = view.data;
  return certificate === null && metadata !== null && !metadata.ok;
}

export async function certificateFallback(href: string | null): Promise<void> {
  if (!href) return;
  let target: URL;
  try {
    target = new URL(href, location.href);
  } catch {
    return;
  }
  if (target.origin !== location.origin) return;
  const stored: unknown = (await browser.storage.local.get(SETUP_SESSION_KEY))[SETUP_SESSION_KEY];
  if (!needsCertificateDownload(stored)) return;
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
