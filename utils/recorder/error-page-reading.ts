import { parseEntraErrorPage } from '@/utils/saml/aadsts';
import type { DoctorErrorPage } from '@/utils/messages/doctor';

/**
 * What the login content script sends for an Entra error page: the page's
 * markup (Entra puts the details in a $Config script as well as in the
 * visible text) and its URL, reduced to the fields the doctor needs.
 */
export function errorPageMessage(html: string, url: string): DoctorErrorPage | null {
  const page = parseEntraErrorPage(html, url);
  if (!page) return null;
  const msg: DoctorErrorPage = {
    type: 'doctor:error-page',
    url: url.slice(0, 16_384),
    code: page.code,
    message: page.message.slice(0, 2000),
  };
  if (page.requestId) msg.requestId = page.requestId.slice(0, 100);
  if (page.correlationId) msg.correlationId = page.correlationId.slice(0, 100);
  if (page.timestamp) msg.timestamp = page.timestamp.slice(0, 100);
  return msg;
}
