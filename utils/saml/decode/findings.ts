import { makeFinding } from '@/utils/saml/finding';
import type { Finding } from '@/utils/saml/types';
import { LIMITS } from './limits';

/** Every way decoding can fail, as plain-language findings (decoding never throws). */
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export const decodeFindings = {
  empty: (): Finding =>
    makeFinding(
      'decode.empty',
      'error',
      'Nothing to decode',
      'The input is empty.',
      'Paste a SAML message: the SAMLResponse/SAMLRequest value, the whole login URL, the form body, or the XML.',
    ),
  badBase64: (where: string): Finding =>
    makeFinding(
      'decode.bad-base64',
      'error',
      'The SAML message is not valid base64',
      `The ${where} value contains characters that cannot appear in base64, or it was cut off.`,
      'Copy the whole value again, without quotes or surrounding text. If it came from a URL, copy the full URL so percent-encoding can be undone.',
    ),
  badPercentEncoding: (param: string): Finding =>
    makeFinding(
      'decode.bad-url-encoding',
      'error',
      'The URL encoding is broken',
      `The ${param} value has a "%" that is not followed by two hex digits.`,
      'Copy the URL or form body again exactly as it was sent.',
    ),
  truncatedDeflate: (): Finding =>
    makeFinding(
      'decode.truncated-deflate',
      'error',
      'The compressed SAML message is cut off',
      'The value is DEFLATE-compressed (HTTP-Redirect binding) but the compressed data ends early, so the XML cannot be recovered.',
      'Copy the complete URL again; long URLs are often truncated by browsers, logs or chat tools.',
    ),
  badDeflate: (): Finding =>
    makeFinding(
      'decode.bad-deflate',
      'error',
      'The compressed SAML message is corrupt',
      'The value should be DEFLATE-compressed XML (HTTP-Redirect binding), but it does not decompress.',
      'Copy the complete URL again, exactly as the browser sent it.',
    ),
  notSaml: (why: string): Finding =>
    makeFinding(
      'decode.not-saml',
      'error',
      'This is not a SAML message',
      why,
      'Paste a SAMLResponse or SAMLRequest value, the login URL that carries one, the POST form body, or the SAML XML itself.',
    ),
  tooLarge: (size: number): Finding =>
    makeFinding(
      'decode.too-large',
      'error',
      'The message is too large to analyse',
      `It is at least ${MB(size)}; SAML messages are normally a few kilobytes, and the limit is ${MB(LIMITS.maxXmlBytes)}.`,
      'Check that you copied one SAML message, not a whole log or HAR file.',
    ),
  inflateRatio: (inBytes: number): Finding =>
    makeFinding(
      'decode.inflate-ratio',
      'error',
      'The compressed message expands suspiciously',
      `${inBytes} bytes of DEFLATE data expand more than ${LIMITS.maxInflateRatio} times; this is what a decompression bomb looks like, so decompression was stopped.`,
      'Do not trust this message. If it came from your identity provider, capture it again.',
    ),
  notText: (): Finding =>
    makeFinding(
      'decode.not-text',
      'error',
      'The decoded message is not text',
      'The base64 decodes to bytes that are not UTF-8 text, so it is not a SAML XML message.',
      'Check that you copied the SAMLResponse/SAMLRequest value, not another parameter.',
    ),
  deflatedPost: (): Finding =>
    makeFinding(
      'decode.deflated-post',
      'warning',
      'A POST message was DEFLATE-compressed',
      'The HTTP-POST binding sends plain base64 XML; compression belongs to the HTTP-Redirect binding. Some service providers will reject it.',
      'Check the binding the identity provider is configured to use.',
    ),
};
