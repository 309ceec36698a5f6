/**
 * A short stable identity for a SAML value, so the same message seen by the
 * webRequest recorder and by devtools.network is stored once. FNV-1a over the
 * value with whitespace removed (bodies and HAR texts differ in line breaks).
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function samlFingerprint(param: string, value: string): string {
  const v = value.replace(/\s+/g, '');
  return `${param}:${v.length}:${fnv1a(v)}`;
}

export function errorPageFingerprint(url: string, requestId: string | undefined, code: number | null): string {
  return `error:${code ?? 'none'}:${requestId ?? fnv1a(url)}`;
}
