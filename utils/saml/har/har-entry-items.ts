import { parseUrl } from '@/utils/saml/parse-url';
import { isSignInHost } from '@/utils/hosts';
import { parseEntraErrorPage, parseEntraErrorUrl } from '@/utils/saml/aadsts/error-page';
import { fieldAlternation, namesCarrierParam } from '@/utils/saml/decode/form';
import type { CapturedItem } from './captured';
import { samlFormsInHtml } from './html-form';
import type { HarEntry } from './har-entry';

/** A multipart body's field name (multipart bodies are not urlencoded). */
const CARRIER_PART = new RegExp(`name="?(${fieldAlternation()})"?`);

function hostOf(url: string): string {
  return parseUrl(url)?.hostname ?? '';
}

function queryOf(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const h = url.indexOf('#', q);
  return url.slice(q + 1, h < 0 ? undefined : h);
}

function postBody(entry: HarEntry): string | null {
  const pd = entry.request.postData;
  if (!pd) return null;
  if (pd.text) return pd.text;
  if (pd.params && pd.params.length > 0) return pd.params.map((p) => `${p.name}=${p.value ?? ''}`).join('&');
  return null;
}

function responseText(entry: HarEntry): string | null {
  const content = entry.response?.content;
  if (!content?.text) return null;
  if (content.encoding === 'base64') {
    try {
      const bin = atob(content.text.replace(/\s+/g, ''));
      const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
      return new TextDecoder().decode(bytes);
    } catch {
      return null;
    }
  }
  return content.text;
}

/** Every SAML message and Entra error in one HAR entry: the request side first, then the response. */
export function itemsFromHarEntry(entry: HarEntry, seq: number): CapturedItem[] {
  const { url, method } = entry.request;
  const base = { seq, url, method, ...(entry.startedDateTime ? { time: entry.startedDateTime } : {}) };
  const items: CapturedItem[] = [];
  if (namesCarrierParam(`?${queryOf(url)}`)) {
    items.push({ ...base, type: 'saml', source: 'query', carrier: { via: 'redirect', url } });
  }
  const body = postBody(entry);
  if (body && (namesCarrierParam(body) || CARRIER_PART.test(body))) {
    const contentType = entry.request.postData?.mimeType;
    items.push({ ...base, type: 'saml', source: 'post', carrier: { via: 'post', body, ...(contentType ? { contentType } : {}) } });
  }
  const urlError = parseEntraErrorUrl(url) ?? (entry.response?.redirectURL ? parseEntraErrorUrl(entry.response.redirectURL) : null);
  if (urlError) items.push({ ...base, type: 'entra-error', page: urlError });

  const text = responseText(entry);
  if (text) {
    const mime = entry.response?.content?.mimeType ?? '';
    const html = /html/i.test(mime) || /^\s*</.test(text);
    if (html && !urlError && isSignInHost(hostOf(url), true)) {
      const page = parseEntraErrorPage(text, url);
      if (page) items.push({ ...base, type: 'entra-error', page });
    }
    if (html) {
      for (const form of samlFormsInHtml(text)) {
        items.push({
          ...base,
          url: form.action ?? url,
          method: 'POST',
          type: 'saml',
          source: 'html-form',
          carrier: {
            via: 'base64',
            value: form.value,
            binding: 'HTTP-POST',
            param: form.param,
            ...(form.relayState !== undefined ? { relayState: form.relayState } : {}),
          },
        });
      }
    }
  }
  return items;
}
