import type { Binding } from '@/utils/saml/types';
import type { EntraErrorPage } from '@/utils/saml/aadsts/error-page';
import type { TraceMessage } from './trace-format';

/** How a captured SAML message is to be decoded (decoding itself is the decode module's job). */
export type SamlCarrier =
  | { via: 'redirect'; url: string }
  | { via: 'post'; body: string; contentType?: string }
  | { via: 'base64'; value: string; binding: Binding; param: 'SAMLRequest' | 'SAMLResponse'; relayState?: string }
  | { via: 'xml'; xml: string }
  /** Anything a person may paste or save: XML, base64, a URL, a query string, a POST body. */
  | { via: 'text'; text: string };

interface CapturedBase {
  /** Position in the capture (entries in order; 0-based). */
  seq: number;
  /** When the browser sent the request (ISO), when the capture says. */
  time?: string;
  url: string;
  method: string;
}

export interface CapturedSaml extends CapturedBase {
  type: 'saml';
  /** Where in the HTTP exchange it was found. */
  source: 'query' | 'post' | 'html-form' | 'saml-tracer' | 'file';
  carrier: SamlCarrier;
}

export interface CapturedErrorPage extends CapturedBase {
  type: 'entra-error';
  page: EntraErrorPage;
}

/** A message from our own trace export, with the verdict and findings it had when captured. */
export interface CapturedStored extends CapturedBase {
  type: 'stored';
  message: TraceMessage;
}

export type CapturedItem = CapturedSaml | CapturedErrorPage | CapturedStored;

export type CaptureFormat = 'har' | 'saml-tracer' | 'trace';

export interface CaptureReadResult {
  format: CaptureFormat | null;
  items: CapturedItem[];
  /** Things the reader skipped or could not read, in plain words. */
  notes: string[];
  /** How many entries/requests the file held. */
  entries: number;
}
