import type { QuickStatus, SamlParam } from './record';

const STATUS_CODE = /<(?:[\w-]+:)?StatusCode\b[^>]*\bValue\s*=\s*["']([^"']+)["']/;

function base64Text(value: string): string | null {
  try {
    const bin = atob(value.replace(/\s+/g, '').replace(/ /g, '+'));
    // Only a plain (not deflated) POST Response is checked here; that is what reaches an ACS.
    return bin.trimStart().startsWith('<') ? bin : null;
  } catch {
    return null;
  }
}

/**
 * Cheap capture-time classification for the toolbar badge: a Response whose
 * top-level StatusCode is not Success, or an ACS that answered with an HTTP
 * error, is a failure. The panel's full analysis may find more.
 */
export function quickStatus(param: SamlParam | null, value: string | null, httpStatus: number | null): QuickStatus {
  if (httpStatus !== null && httpStatus >= 400) return 'failed';
  if (param !== 'SAMLResponse' || value === null) return httpStatus !== null ? 'ok' : 'unknown';
  const xml = base64Text(value);
  if (xml === null) return 'unknown';
  const code = STATUS_CODE.exec(xml)?.[1];
  if (code === undefined) return 'unknown';
  return code.endsWith(':Success') ? 'ok' : 'failed';
}
