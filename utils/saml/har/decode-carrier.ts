import { decodeAny, decodeBase64Message, decodePostBody, decodeRedirectQuery } from '@/utils/saml/decode';
import type { DecodeResult } from '@/utils/saml/types';
import type { SamlCarrier } from './captured';

/** Hands a captured carrier to the decoder that fits it. */
export function decodeCarrier(carrier: SamlCarrier): Promise<DecodeResult> {
  switch (carrier.via) {
    case 'redirect':
      return decodeRedirectQuery(carrier.url);
    case 'post':
      return decodePostBody(carrier.body, carrier.contentType);
    case 'base64':
      return decodeBase64Message(
        carrier.value,
        carrier.binding,
        carrier.param,
        carrier.relayState !== undefined ? { relayState: carrier.relayState } : {},
      );
    case 'xml':
      return decodeAny(carrier.xml);
    case 'text':
      return decodeAny(carrier.text);
  }
}
