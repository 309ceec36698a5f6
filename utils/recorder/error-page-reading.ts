import { parseEntraErrorPage } from '@/utils/saml/aadsts';
import type { DoctorErrorPage } from '@/utils/messages/doctor';
import { MAX_URL_CHARS, cappedErrorPage } from './caps';

/**
 * What the login content script sends for an Entra error page: the page's
 * markup (Entra puts the details in a $Config script as well as in the
 * visible text) and its URL, reduced to the fields the doctor needs.
 */
export function errorPageMessage(html: string, url: string): DoctorErrorPage | null {
  const page = parseEntraErrorPage(html, url);
  if (!page) return null;
  return { type: 'doctor:error-page', url: url.slice(0, MAX_URL_CHARS), ...cappedErrorPage(page) };
}
