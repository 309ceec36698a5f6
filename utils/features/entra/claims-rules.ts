import { ENTRA_DEFAULT_CLAIM_NAMESPACE, REQUIRED_CLAIMS, type RequiredClaim } from '@/utils/setup/profile';

/**
 * The claims JustCall needs (email ← user.mail, firstName ← user.givenname,
 * lastName ← user.surname, each with an EMPTY Namespace) against the claims
 * Entra has: a plan of the changes (planClaims, for the in-page control) and a
 * check of each required claim (checkClaims, for the wizard). Pure: the page
 * is read by ./claims.ts, the admin does the clicks.
 */

export interface ClaimRow {
  name: string;
  /** '' = no namespace; null = the page did not show it (section-2 summary). */
  namespace: string | null;
  sourceAttribute: string;
}

export type ClaimAction =
  | { kind: 'keep'; claim: RequiredClaim; current: ClaimRow }
  | { kind: 'edit'; claim: RequiredClaim; current: ClaimRow; changes: string[] }
  | { kind: 'add'; claim: RequiredClaim }
  | { kind: 'delete'; current: ClaimRow; reason: string };

export interface ClaimsPlan {
  actions: ClaimAction[];
  warnings: string[];
  /** True when every required claim is already right. */
  done: boolean;
}

export type ClaimsStrategy = 'edit-defaults' | 'add-and-delete';

/** Entra's default claim that each required claim replaces. */
const DEFAULT_COUNTERPART: Record<string, string> = {
  email: 'emailaddress',
  firstName: 'givenname',
  lastName: 'surname',
};

/** Split "http://…/claims/emailaddress" into namespace and name when the page shows one string. */
export function splitClaimUri(full: string): { namespace: string; name: string } {
  const trimmed = full.trim();
  const slash = trimmed.lastIndexOf('/');
  if (/^https?:\/\//i.test(trimmed) && slash > trimmed.indexOf('//') + 1 && slash < trimmed.length - 1) {
    return { namespace: trimmed.slice(0, slash), name: trimmed.slice(slash + 1) };
  }
  return { namespace: '', name: trimmed };
}

function changesFor(current: ClaimRow, claim: RequiredClaim): string[] {
  const changes: string[] = [];
  if (current.name !== claim.name) changes.push(`rename "${current.name}" to "${claim.name}"`);
  if (current.namespace === null) changes.push('make sure Namespace is empty');
  else if (current.namespace !== '') changes.push(`clear Namespace (now "${current.namespace}")`);
  if (current.sourceAttribute !== claim.sourceAttribute) {
    changes.push(`set Source attribute to ${claim.sourceAttribute} (now ${current.sourceAttribute || 'empty'})`);
  }
  return changes;
}

function isDefault(row: ClaimRow, defaultName: string): boolean {
  return row.name === defaultName && (row.namespace === ENTRA_DEFAULT_CLAIM_NAMESPACE || row.namespace === null);
}

export function planClaims(current: readonly ClaimRow[], strategy: ClaimsStrategy = 'edit-defaults'): ClaimsPlan {
  const actions: ClaimAction[] = [];
  const warnings: string[] = [];
  const used = new Set<ClaimRow>();

  for (const claim of REQUIRED_CLAIMS) {
    const sameName = current.filter((r) => r.name === claim.name);
    if (sameName.length > 1) warnings.push(`There are ${sameName.length} claims named "${claim.name}"; keep only one.`);
    const exact = sameName.find((r) => changesFor(r, claim).length === 0);
    const named = exact ?? sameName[0];
    const counterpart = DEFAULT_COUNTERPART[claim.name];
    const fallback = counterpart ? current.find((r) => isDefault(r, counterpart) && !used.has(r)) : undefined;
    const source = named ?? fallback;

    if (claim.name === 'email' && source?.sourceAttribute === 'user.userprincipalname') {
      warnings.push(
        "The email claim comes from user.userprincipalname; JustCall needs user.mail unless every UPN is the user's email address.",
      );
    }

    if (named) {
      used.add(named);
      const changes = changesFor(named, claim);
      if (changes.length === 0) actions.push({ kind: 'keep', claim, current: named });
      else actions.push({ kind: 'edit', claim, current: named, changes });
      if (named.namespace === null) warnings.push(`Check that "${claim.name}" has an empty Namespace; this page does not show it.`);
      continue;
    }
    if (fallback && strategy === 'edit-defaults') {
      used.add(fallback);
      actions.push({ kind: 'edit', claim, current: fallback, changes: changesFor(fallback, claim) });
      continue;
    }
    actions.push({ kind: 'add', claim });
    if (fallback) {
      used.add(fallback);
      actions.push({ kind: 'delete', current: fallback, reason: `replaced by "${claim.name}"` });
    }
  }
  return { actions, warnings, done: actions.every((a) => a.kind === 'keep') };
}

export interface ClaimCheck {
  name: string;
  ok: boolean;
  problem?: string;
  /** No row of that name at all (not a wrong one). */
  missing?: true;
}

/** Each required claim against rows as observed ({name, namespace, source}), and a warning about UPNs. */
export function checkClaims(claimRows: readonly Record<string, string>[]): { checks: ClaimCheck[]; warnings: string[] } {
  const warnings: string[] = [];
  const checks = REQUIRED_CLAIMS.map((want): ClaimCheck => {
    const bare = claimRows.filter((r) => (r.name ?? '') === want.name && (r.namespace ?? '') === '');
    const namespaced = claimRows.find((r) => (r.name ?? '') === want.name && (r.namespace ?? '') !== '');
    const full = claimRows.find((r) => (r.name ?? '') === `${ENTRA_DEFAULT_CLAIM_NAMESPACE}/${want.name}`);
    const row = bare[0];
    if (row) {
      const source = (row.source ?? '').toLowerCase();
      if (source === want.sourceAttribute) return { name: want.name, ok: true };
      return {
        name: want.name,
        ok: false,
        problem: `"${want.name}" comes from ${row.source || 'nothing'}; it must come from ${want.sourceAttribute}.`,
      };
    }
    if (namespaced || full) {
      return {
        name: want.name,
        ok: false,
        problem: `"${want.name}" has a Namespace, so JustCall receives ${ENTRA_DEFAULT_CLAIM_NAMESPACE}/${want.name}; clear the Namespace.`,
      };
    }
    return { name: want.name, ok: false, missing: true, problem: `There is no "${want.name}" claim (from ${want.sourceAttribute}).` };
  });
  const upn = claimRows.some(
    (r) =>
      (r.source ?? '').toLowerCase() === 'user.userprincipalname' &&
      (r.name ?? '') !== 'name' &&
      !/nameid|unique user identifier/i.test(r.name ?? ''),
  );
  if (upn) {
    warnings.push(
      'A claim comes from user.userprincipalname; JustCall matches users by email (user.mail), which differs from the UPN for many users.',
    );
  }
  return { checks, warnings };
}
