import { carrierOf, pickSamlFields } from '@/utils/saml/decode/form';
import { htmlForms } from '@/utils/saml/decode/html-form';

/** A SAML message found in an auto-submitting HTML form (how the HTTP-POST binding travels). */
export interface FormMessage {
  action?: string;
  param: 'SAMLRequest' | 'SAMLResponse';
  value: string;
  relayState?: string;
}

/** The SAMLRequest/SAMLResponse of each form in an HTML page, with the form's action and RelayState. */
export function samlFormsInHtml(html: string): FormMessage[] {
  const out: FormMessage[] = [];
  for (const form of htmlForms(html)) {
    const fields = pickSamlFields(form.fields);
    const carrier = carrierOf(fields);
    // A wresult travels as XML, not base64; HAR pages from Entra carry SAML only.
    if (!carrier || carrier.param === 'wresult') continue;
    const message: FormMessage = { param: carrier.param, value: carrier.value };
    if (form.action !== undefined) message.action = form.action;
    if (fields.RelayState !== undefined) message.relayState = fields.RelayState;
    out.push(message);
  }
  return out;
}
