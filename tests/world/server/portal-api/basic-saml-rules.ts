/**
 * Entra's checks on "Basic SAML Configuration", shared by the pane (inline
 * messages) and the API (which re-checks). Pure: no Node or DOM imports.
 */
import type { BasicSamlBody } from './views';

export type BasicSamlErrors = Partial<Record<'identifiers' | 'replyUrls' | 'signOnUrl' | 'logoutUrl', string>> & {
  /** Per-row messages, by index. */
  identifierRows?: Record<number, string>;
  replyUrlRows?: Record<number, string>;
};

function isHttpUrl(value: string, allowHttpLocalhost: boolean): boolean {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return false;
  }
  if (u.protocol === 'https:') return true;
  return allowHttpLocalhost && u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1');
}

export function validateBasicSaml(body: BasicSamlBody): BasicSamlErrors {
  const errors: BasicSamlErrors = {};
  const ids = body.identifiers.map((r) => r.value.trim());
  if (!ids.some((v) => v !== '')) errors.identifiers = 'Identifier (Entity ID) is required.';
  ids.forEach((v, i) => {
    if (v === '') return;
    if (/\s/.test(v)) (errors.identifierRows ??= {})[i] = 'The identifier cannot contain spaces.';
    else if (ids.indexOf(v) !== i) (errors.identifierRows ??= {})[i] = 'This identifier is already in the list.';
  });
  const replies = body.replyUrls.map((r) => r.value.trim());
  if (!replies.some((v) => v !== '')) errors.replyUrls = 'Reply URL (Assertion Consumer Service URL) is required.';
  replies.forEach((v, i) => {
    if (v === '') return;
    if (!isHttpUrl(v, true))
      (errors.replyUrlRows ??= {})[i] = "The reply URL must be a valid URL that starts with 'https' or 'http://localhost'.";
    else if (replies.indexOf(v) !== i) (errors.replyUrlRows ??= {})[i] = 'This reply URL is already in the list.';
  });
  if (body.signOnUrl.trim() && !isHttpUrl(body.signOnUrl.trim(), true)) errors.signOnUrl = 'The sign on URL must be a valid URL.';
  if (body.logoutUrl.trim() && !isHttpUrl(body.logoutUrl.trim(), true)) errors.logoutUrl = 'The logout URL must be a valid URL.';
  return errors;
}

export function hasErrors(e: BasicSamlErrors): boolean {
  return Boolean(
    e.identifiers ||
    e.replyUrls ||
    e.signOnUrl ||
    e.logoutUrl ||
    Object.keys(e.identifierRows ?? {}).length ||
    Object.keys(e.replyUrlRows ?? {}).length,
  );
}

/** Drops empty rows and makes sure exactly one row is the default (the first, if none was chosen). */
export function normaliseRows(rows: { value: string; isDefault: boolean }[]): { value: string; isDefault: boolean }[] {
  const kept = rows.map((r) => ({ value: r.value.trim(), isDefault: r.isDefault })).filter((r) => r.value !== '');
  const firstDefault = kept.findIndex((r) => r.isDefault);
  return kept.map((r, i) => ({ value: r.value, isDefault: i === (firstDefault === -1 ? 0 : firstDefault) }));
}
