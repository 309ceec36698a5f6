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

type Rows = { value: string; isDefault: boolean }[];

/**
 * The rows the edit pane starts with. Saved rows come back as saved. A new
 * non-gallery app has none: no Identifier or Reply URL input exists until
 * "Add identifier" / "Add reply URL" is clicked (Microsoft Learn,
 * add-application-portal-setup-sso.md). The gallery-style pane starts with
 * one empty input each.
 */
export function initialBasicSamlDraft(
  app: Pick<BasicSamlBody, 'identifiers' | 'replyUrls' | 'signOnUrl' | 'relayState' | 'logoutUrl'>,
  variant: 'non-gallery' | 'gallery',
): BasicSamlBody {
  const rows = (saved: Rows): Rows =>
    saved.length ? saved.map((r) => ({ ...r })) : variant === 'gallery' ? [{ value: '', isDefault: true }] : [];
  return {
    identifiers: rows(app.identifiers),
    replyUrls: rows(app.replyUrls),
    signOnUrl: app.signOnUrl,
    relayState: app.relayState,
    logoutUrl: app.logoutUrl,
  };
}

/** "Add identifier" / "Add reply URL": one more empty row; the first row of a list is its default. */
export function addRow(rows: Rows): Rows {
  return [...rows, { value: '', isDefault: rows.length === 0 }];
}

/** Ticking "Default" on one row clears it on the others; unticking leaves the others alone. */
export function setRowDefault(rows: Rows, index: number, on: boolean): Rows {
  return rows.map((r, j) => ({ ...r, isDefault: j === index ? on : on ? false : r.isDefault }));
}
