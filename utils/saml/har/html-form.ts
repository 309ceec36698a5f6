import { decodeEntities } from '@/utils/saml/aadsts/html-text';

/** A SAML message found in an auto-submitting HTML form (how the HTTP-POST binding travels). */
export interface FormMessage {
  action?: string;
  param: 'SAMLRequest' | 'SAMLResponse';
  value: string;
  relayState?: string;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const v = m?.[2] ?? m?.[3] ?? m?.[4];
  return v === undefined ? undefined : decodeEntities(v);
}

/** Finds SAMLRequest/SAMLResponse hidden inputs in an HTML page, with their form's action. */
export function samlFormsInHtml(html: string): FormMessage[] {
  if (!/SAML(Request|Response)/.test(html)) return [];
  const out: FormMessage[] = [];
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const action = attr(form[1] ?? '', 'action');
    let message: FormMessage | null = null;
    let relayState: string | undefined;
    for (const input of (form[2] ?? '').matchAll(/<input\b[^>]*>/gi)) {
      const name = attr(input[0], 'name');
      const value = attr(input[0], 'value');
      if (value === undefined) continue;
      if (name === 'SAMLRequest' || name === 'SAMLResponse') message = { param: name, value };
      if (name === 'RelayState') relayState = value;
    }
    if (message) {
      if (action !== undefined) message.action = action;
      if (relayState !== undefined) message.relayState = relayState;
      out.push(message);
    }
  }
  return out;
}
