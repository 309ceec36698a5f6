import { decodeEntities } from '@/utils/saml/aadsts/html-text';
import { fieldAlternation } from './form';

/** One <form> of an HTML page: its action and its inputs' name/value pairs (entities decoded), in document order. */
export interface HtmlForm {
  action?: string;
  fields: Array<[string, string]>;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const v = m?.[2] ?? m?.[3] ?? m?.[4];
  return v === undefined ? undefined : decodeEntities(v);
}

const NAMES_CARRIER = new RegExp(fieldAlternation());

/**
 * The forms of an auto-submitting page, which is how the HTTP-POST binding
 * (and WS-Fed's wresult) travels: <input type="hidden" name="SAMLResponse"
 * value="...">. Read with regular expressions, since the service worker has
 * no DOM. A form left open runs to the end of the text (a page pasted cut
 * short). A page that names no SAML carrier is not scanned.
 */
export function htmlForms(html: string): HtmlForm[] {
  if (!NAMES_CARRIER.test(html)) return [];
  const out: HtmlForm[] = [];
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)(?:<\/form>|$)/gi)) {
    const fields: Array<[string, string]> = [];
    for (const input of (form[2] ?? '').matchAll(/<input\b[^>]*>/gi)) {
      const name = attr(input[0], 'name');
      const value = attr(input[0], 'value');
      if (name !== undefined && value !== undefined) fields.push([name, value]);
    }
    const action = attr(form[1] ?? '', 'action');
    out.push(action !== undefined ? { action, fields } : { fields });
  }
  return out;
}
