import type { RawParam } from './form';

/**
 * multipart/form-data bodies (some tools export POSTs this way). The boundary
 * comes from the Content-Type when known, else from the body's first line.
 */
export function parseMultipart(body: string, contentType?: string): RawParam[] | null {
  const fromHeader = contentType ? /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType) : null;
  let boundary = fromHeader ? (fromHeader[1] ?? fromHeader[2]) : undefined;
  if (!boundary) {
    const firstLine = /^\s*--([^\r\n]+)/.exec(body);
    boundary = firstLine?.[1]?.trim();
  }
  if (!boundary) return null;
  const params: RawParam[] = [];
  for (const section of body.split('--' + boundary)) {
    if (section.startsWith('--')) break; // closing delimiter
    const headerEnd = section.search(/\r?\n\r?\n/);
    if (headerEnd < 0) continue;
    const headers = section.slice(0, headerEnd);
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const sepLength = section.slice(headerEnd).startsWith('\r\n\r\n') ? 4 : 2;
    const value = section.slice(headerEnd + sepLength).replace(/\r?\n$/, '');
    // Multipart values are not percent-encoded; store them encoded so callers decode uniformly.
    params.push({ name, raw: encodeURIComponent(value) });
  }
  return params.length ? params : null;
}

export function looksMultipart(body: string, contentType?: string): boolean {
  if (contentType && /multipart\/form-data/i.test(contentType)) return true;
  return /^\s*--\S+\r?\n/.test(body) && /content-disposition:\s*form-data/i.test(body);
}
