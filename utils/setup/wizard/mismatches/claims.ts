import { ENTRA_DEFAULT_CLAIM_NAMESPACE, REQUIRED_CLAIMS } from '@/utils/setup/profile';
import type { SetupSession } from '@/utils/setup/session';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { rows } from '@/utils/setup/wizard/observations';

export const EXPECTED_CLAIMS = REQUIRED_CLAIMS;

export interface ClaimCheck {
  name: string;
  ok: boolean;
  problem?: string;
}

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
    return { name: want.name, ok: false, problem: `There is no "${want.name}" claim (from ${want.sourceAttribute}).` };
  });
  if (
    claimRows.some(
      (r) =>
        (r.source ?? '').toLowerCase() === 'user.userprincipalname' &&
        (r.name ?? '') !== 'name' &&
        !/nameid|unique user identifier/i.test(r.name ?? ''),
    )
  ) {
    warnings.push(
      'A claim comes from user.userprincipalname; JustCall matches users by email (user.mail), which differs from the UPN for many users.',
    );
  }
  return { checks, warnings };
}

/** The claims seen on Attributes & Claims against the ones JustCall needs. */
export function claimMismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/claims'];
  if (!obs) return [];
  const { checks, warnings } = checkClaims(rows(obs, 'claims'));
  const out: Mismatch[] = checks
    .filter((c) => !c.ok)
    .map((c) => ({
      id: `claim-${c.name}`,
      step: 'claims' as const,
      title: `Claim "${c.name}" is not right`,
      detail: c.problem ?? '',
      fix: 'Open Attributes & Claims and use "Fill from JustCall", or set Name, an empty Namespace and the Source attribute by hand.',
    }));
  for (const w of warnings)
    out.push({
      id: 'claim-upn',
      step: 'claims',
      title: 'A claim uses user.userprincipalname',
      detail: w,
      fix: "Use user.mail unless every UPN equals the user's email.",
    });
  return out;
}
