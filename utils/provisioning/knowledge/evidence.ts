import { STATUS_NAMES } from './scim-http';
import { scimTypeOf, type ScimType } from './scim-types';

/**
 * What JustCall answered, as far as Entra's texts reveal it. Entra puts the
 * target's answer into the reason in several forms (facts §1.6, §2.3, §4.2):
 * "the HTTP status code 409", "StatusCode: BadRequest", "Response Status
 * Code: Unauthorized", and JustCall's SCIM error body with "status" and
 * "scimType". Only the first match of each kind counts.
 */

export interface HttpEvidence {
  status: number | null;
  scimType: ScimType | null;
}

const NUMERIC = [
  /HTTP status code (\d{3})\b/i,
  /\bstatus ?code[:=]?\s*(\d{3})\b/i,
  /"status"\s*:\s*"?(\d{3})\b/,
  /\bHTTP\/\d(?:\.\d)?\s+(\d{3})\b/,
  /\(HTTP (\d{3})\)/,
  /\bHTTP (\d{3})\b/,
];
const NAMED = /\b(?:Response )?Status ?Code:\s*([A-Za-z]+)\b/;
const SCIM_TYPE = /"?scimType"?\s*[:=]\s*"?([A-Za-z]+)/;

export function httpEvidence(texts: readonly (string | null | undefined)[]): HttpEvidence {
  let status: number | null = null;
  let scimType: ScimType | null = null;
  for (const text of texts) {
    if (!text) continue;
    if (status === null) {
      for (const re of NUMERIC) {
        const m = re.exec(text);
        if (m?.[1]) {
          const n = Number(m[1]);
          if (n >= 300 && n <= 599) {
            status = n;
            break;
          }
        }
      }
    }
    if (status === null) {
      const named = NAMED.exec(text);
      const n = named?.[1] ? STATUS_NAMES[named[1].toLowerCase()] : undefined;
      if (n) status = n;
    }
    if (scimType === null) {
      const m = SCIM_TYPE.exec(text);
      if (m?.[1]) scimType = scimTypeOf(m[1]);
    }
    if (status !== null && scimType !== null) break;
  }
  return { status, scimType };
}
