import type { Binding, DecodeResult, DecodedMessage, Finding } from '@/utils/saml/types';
import { base64ToBytes, utf8DecodeStrict } from './bytes';
import { decodeFindings } from './findings';
import {
  SAML_CARRIER_FIELDS,
  fieldAlternation,
  findParam,
  formDecode,
  formDecodeBase64,
  percentDecode,
  preferredCarrier,
  queryPart,
  splitQuery,
  type RawParam,
  type SamlCarrierField,
  type SamlField,
} from './form';
import { htmlForms } from './html-form';
import { inflateRawBounded } from './inflate';
import { LIMITS } from './limits';
import { looksMultipart, parseMultipart } from './multipart';
import { looksLikeWsFedResponse } from './wsfed';

export { LIMITS } from './limits';

type Param = SamlCarrierField;
type BindingHint = Binding | 'auto';

const SAML_NAMESPACE = /urn:oasis:names:tc:SAML:(2\.0|1\.0|1\.1):/;

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function looksLikeXml(s: string): boolean {
  return stripBom(s).trimStart().startsWith('<');
}

/** Checks the XML is some SAML (or WS-Fed) message before anyone parses it. */
function samlXmlFindings(xml: string): Finding[] {
  if (!looksLikeXml(xml)) return [decodeFindings.notSaml('The decoded text is not XML.')];
  if (!SAML_NAMESPACE.test(xml) && !looksLikeWsFedResponse(xml)) {
    return [decodeFindings.notSaml('The XML does not use any SAML namespace, so it is not a SAML message.')];
  }
  return [];
}

function withoutWhitespace(s: string): string {
  return s.replace(/\s+/g, '');
}

interface Extras {
  relayState?: string;
  sigAlg?: string;
  signature?: string;
  signedQuery?: string;
}

/**
 * Base64 (possibly DEFLATE-compressed, possibly with whitespace) to a decoded
 * message. 'auto' picks HTTP-Redirect when the data was compressed, else HTTP-POST.
 */
export async function decodeBase64Message(
  b64: string,
  binding: BindingHint = 'auto',
  param: Param | null = null,
  extras: Extras = {},
): Promise<DecodeResult> {
  const findings: Finding[] = [];
  let value = b64.trim();
  if (!value) return { ok: false, findings: [decodeFindings.empty()] };
  if (value.length > LIMITS.maxEncodedChars) return { ok: false, findings: [decodeFindings.tooLarge(value.length)] };
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    // still percent-encoded (copied out of a URL)
    const decoded = percentDecode(value);
    if (decoded === null) return { ok: false, findings: [decodeFindings.badPercentEncoding(param ?? 'message')] };
    value = decoded;
  }
  const bytes = base64ToBytes(value);
  if (!bytes || bytes.length === 0) return { ok: false, findings: [decodeFindings.badBase64(param ?? 'message')] };
  if (bytes.length > LIMITS.maxXmlBytes) return { ok: false, findings: [decodeFindings.tooLarge(bytes.length)] };

  let xml: string | null;
  let inflated = false;
  const direct = utf8DecodeStrict(bytes);
  if (direct !== null && looksLikeXml(direct)) {
    xml = stripBom(direct);
  } else {
    const out = await inflateRawBounded(bytes);
    if (!out.ok) {
      if (out.reason === 'too-large') return { ok: false, findings: [decodeFindings.tooLarge(out.produced)] };
      if (out.reason === 'ratio') return { ok: false, findings: [decodeFindings.inflateRatio(bytes.length)] };
      if (out.reason === 'truncated') return { ok: false, findings: [decodeFindings.truncatedDeflate()] };
      if (binding === 'HTTP-Redirect') return { ok: false, findings: [decodeFindings.badDeflate()] };
      return {
        ok: false,
        findings: [
          direct === null
            ? decodeFindings.notSaml('The base64 decodes to binary data that is neither XML nor DEFLATE-compressed XML.')
            : decodeFindings.notSaml('The base64 decodes to text that is not XML.'),
        ],
      };
    }
    inflated = true;
    const text = utf8DecodeStrict(out.bytes);
    if (text === null) return { ok: false, findings: [decodeFindings.notText()] };
    xml = stripBom(text);
  }
  const notSaml = samlXmlFindings(xml);
  if (notSaml.length) return { ok: false, findings: notSaml };
  if (inflated && binding === 'HTTP-POST') findings.push(decodeFindings.deflatedPost());
  const resolved: Binding = binding === 'auto' ? (inflated ? 'HTTP-Redirect' : 'HTTP-POST') : binding;
  const message: DecodedMessage = { binding: resolved, param, xml, encoded: withoutWhitespace(value), ...definedOnly(extras) };
  return { ok: true, message, findings };
}

function definedOnly(extras: Extras): Extras {
  const out: Extras = {};
  if (extras.relayState !== undefined) out.relayState = extras.relayState;
  if (extras.sigAlg !== undefined) out.sigAlg = extras.sigAlg;
  if (extras.signature !== undefined) out.signature = extras.signature;
  if (extras.signedQuery !== undefined) out.signedQuery = extras.signedQuery;
  return out;
}

/**
 * HTTP-Redirect: a URL or its query string. Keeps the exact octets the sender
 * signed (SAML Bindings 3.4.4.1): the original encoded parameters, in the order
 * SAMLRequest|SAMLResponse, RelayState, SigAlg.
 */
export async function decodeRedirectQuery(query: string): Promise<DecodeResult> {
  const params = splitQuery(queryPart(query));
  return decodeParams(params, 'HTTP-Redirect');
}

/** HTTP-POST: a urlencoded or multipart/form-data body (SAMLResponse/SAMLRequest/wresult, RelayState). */
export async function decodePostBody(body: string, contentType?: string): Promise<DecodeResult> {
  const text = body.trim();
  if (!text) return { ok: false, findings: [decodeFindings.empty()] };
  if (text.length > LIMITS.maxEncodedChars) return { ok: false, findings: [decodeFindings.tooLarge(text.length)] };
  if (looksMultipart(text, contentType)) {
    const params = parseMultipart(text, contentType);
    if (!params) return { ok: false, findings: [decodeFindings.notSaml('The multipart body has no form fields.')] };
    return decodeParams(params, 'HTTP-POST');
  }
  return decodeParams(splitQuery(text), 'HTTP-POST');
}

async function decodeParams(params: RawParam[], hint: BindingHint): Promise<DecodeResult> {
  const param = (name: SamlField) => findParam(params, name);
  const relayParam = param('RelayState');
  const relayState = relayParam ? (formDecode(relayParam.raw) ?? relayParam.raw) : undefined;
  const carrier = preferredCarrier(param);
  if (!carrier) {
    return {
      ok: false,
      findings: [decodeFindings.notSaml('There is no SAMLRequest, SAMLResponse or wresult parameter in it.')],
    };
  }
  if (carrier.param === 'wresult') return decodeWresult(carrier.value, relayState);
  const name: Param = carrier.param;
  const value = formDecodeBase64(carrier.value.raw);
  if (value === null) return { ok: false, findings: [decodeFindings.badPercentEncoding(name)] };

  const sigAlgParam = param('SigAlg');
  const signatureParam = param('Signature');
  const extras: Extras = { relayState };
  let binding = hint;
  if (sigAlgParam || signatureParam) {
    binding = 'HTTP-Redirect';
    const sigAlg = sigAlgParam ? formDecode(sigAlgParam.raw) : null;
    const signature = signatureParam ? formDecodeBase64(signatureParam.raw) : null;
    if (sigAlg !== null) extras.sigAlg = sigAlg;
    if (signature !== null) extras.signature = signature;
    if (sigAlgParam) {
      // The octets as sent, in the order the binding signs them.
      let signed = `${name}=${carrier.value.raw}`;
      if (relayParam) signed += `&RelayState=${relayParam.raw}`;
      signed += `&SigAlg=${sigAlgParam.raw}`;
      extras.signedQuery = signed;
    }
  }
  // Some SPs post deflated data and some query strings carry plain base64: let content decide when unsure.
  return decodeBase64Message(value, binding === 'HTTP-Redirect' ? 'HTTP-Redirect' : hint, name, extras);
}

async function decodeWresult(wresult: RawParam, relayState: string | undefined): Promise<DecodeResult> {
  const value = formDecode(wresult.raw);
  if (value === null) return { ok: false, findings: [decodeFindings.badPercentEncoding('wresult')] };
  return fromWsFedXml(value, relayState);
}

/** The wresult is kept whole: parsing it finds the assertion (one parse serves the model and the signature). */
function fromWsFedXml(value: string, relayState: string | undefined): DecodeResult {
  const xml = stripBom(value).trim();
  const message: DecodedMessage = { binding: 'WS-Fed', param: 'wresult', xml, encoded: value };
  if (relayState !== undefined) message.relayState = relayState;
  return { ok: true, message, findings: [] };
}

/**
 * The auto-submitting HTML form an IdP returns for HTTP-POST: its fields,
 * re-encoded so they decode like a posted body.
 */
function autoPostFormParams(html: string): RawParam[] | null {
  const params = htmlForms(html).flatMap((form) => form.fields.map(([name, raw]) => ({ name, raw: encodeURIComponent(raw) })));
  return preferredCarrier((f) => findParam(params, f)) ? params : null;
}

/** A URL, query string or body that names a SAML parameter (in any case, as people paste). */
const NAMES_SAML_PARAM = new RegExp(`(^|[?&])(${fieldAlternation([...SAML_CARRIER_FIELDS, 'RelayState', 'SigAlg'])})=`, 'i');

/**
 * Anything a user might paste: a URL, a query string, a POST body (urlencoded
 * or multipart), the IdP's auto-post HTML form, bare base64 (deflated or not),
 * raw XML, or a WS-Fed wresult.
 * Never throws; every failure is a finding.
 */
export async function decodeAny(input: string): Promise<DecodeResult> {
  try {
    return await decodeAnyUnsafe(input);
  } catch (err) {
    // Defensive: decoding must never surface an exception to the UI.
    const msg = err instanceof Error ? err.message : String(err);
    return { ok: false, findings: [decodeFindings.notSaml(`It could not be decoded (${msg}).`)] };
  }
}

async function decodeAnyUnsafe(input: string): Promise<DecodeResult> {
  const text = stripBom(input).trim();
  if (!text) return { ok: false, findings: [decodeFindings.empty()] };
  if (text.length > LIMITS.maxEncodedChars) return { ok: false, findings: [decodeFindings.tooLarge(text.length)] };
  if (text.startsWith('<')) {
    if (looksLikeWsFedResponse(text)) return fromWsFedXml(text, undefined);
    const form = autoPostFormParams(text);
    if (form) return decodeParams(form, 'HTTP-POST');
    const notSaml = samlXmlFindings(text);
    if (notSaml.length) return { ok: false, findings: notSaml };
    return { ok: true, message: { binding: 'raw', param: null, xml: text, encoded: text }, findings: [] };
  }
  if (looksMultipart(text)) return decodePostBody(text);
  const isUrl = /^https?:\/\//i.test(text);
  if (isUrl || NAMES_SAML_PARAM.test(text)) {
    const params = splitQuery(isUrl || text.includes('?') ? queryPart(text) : text);
    if (!preferredCarrier((f) => findParam(params, f))) {
      return {
        ok: false,
        findings: [decodeFindings.notSaml('The URL or form carries no SAMLRequest, SAMLResponse or wresult parameter.')],
      };
    }
    return decodeParams(params, isUrl ? 'HTTP-Redirect' : 'auto');
  }
  return decodeBase64Message(text, 'auto');
}
