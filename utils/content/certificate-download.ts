import { browser } from 'wxt/browser';

/**
 * The fallback when the federation-metadata fetch failed: when the background
 * asks, the Entra content script fetches the portal's own "Certificate
 * (Base64)" link, only from its page's origin, and hands the text over; the
 * background checks that it is a certificate.
 */

const MAX_CERT_BYTES = 20_000;

export async function fetchPageCertificate(href: string): Promise<void> {
  let target: URL;
  try {
    target = new URL(href, location.href);
  } catch {
    return;
  }
  if (target.origin !== location.origin) return;
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
