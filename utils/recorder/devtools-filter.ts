import { SAML_CARRIER_FIELDS, namesCarrierParam, type SamlCarrierField } from '@/utils/saml/decode/form';
import type { HarEntry } from '@/utils/saml/har/har-entry';
import { isEntraSignInUrl } from './should-record';

/**
 * Which devtools.network entries are worth sending to the background: a
 * SAML carrier in the URL or the form body, or a response from Entra's
 * sign-in service whose body may be an error page. Everything else stays in
 * the devtools page.
 */

/** A devtools.network request is a HAR entry; the doctor's one HAR schema names the parts read here. */
export type NetworkEntryShape = HarEntry;

const isCarrier = (name: string): boolean => SAML_CARRIER_FIELDS.includes(name as SamlCarrierField);

export function carriesSaml(entry: NetworkEntryShape): boolean {
  if (namesCarrierParam(entry.request.url)) return true;
  const post = entry.request.postData;
  if (!post) return false;
  if (post.text !== undefined && namesCarrierParam(post.text)) return true;
  return post.params?.some((p) => isCarrier(p.name)) ?? false;
}

/** An HTML document from Entra's sign-in service: possibly an AADSTS error page. */
export function mayBeEntraErrorPage(entry: NetworkEntryShape): boolean {
  return isEntraSignInUrl(entry.request.url) && (entry.response?.content?.mimeType ?? '').includes('html');
}
