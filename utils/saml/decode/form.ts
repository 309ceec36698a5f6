/**
 * Reading parameters from query strings and form bodies while keeping each value
 * exactly as sent, because the Redirect binding signs the original encoding.
 */

export interface RawParam {
  name: string;
  /** As sent (still percent-encoded). */
  raw: string;
}

export function splitQuery(query: string): RawParam[] {
  const out: RawParam[] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    const name = formDecode(rawName) ?? rawName;
    out.push({ name: name.trim(), raw });
  }
  return out;
}

/** application/x-www-form-urlencoded decoding; null when a % escape is broken. */
export function formDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The query part of a URL or of a bare query string (without '?' and '#fragment'). */
export function queryPart(input: string): string {
  let s = input.trim();
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(q + 1);
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  return s;
}

export function findParam(params: RawParam[], name: string): RawParam | undefined {
  const lower = name.toLowerCase();
  return params.find((p) => p.name.toLowerCase() === lower);
}
