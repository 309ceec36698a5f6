import type { TraceMessage } from '@/utils/saml/har/trace-format';
import type { Finding, Verdict } from '@/utils/saml/types';

/**
 * What an imported trace file says is its claim. A file can say "valid"
 * around anything, so the doctor shows the claim beside its own judgement and
 * never in its place; these findings say which parts rest on the file alone.
 */

const RECAPTURE = 'Ask for an unredacted export, the HAR file or a fresh capture, so the signature can be checked here.';

/** A redacted copy: its shape and rules were checked here, its signature could not be. */
export function claimedVerdictFinding(claimed: Verdict | null, ours: Verdict | null): Finding {
  const says = claimed ? `The file says its signature was “${claimed}”` : 'The file states no signature verdict';
  const checked =
    ours === 'wrapped' || ours === 'unsigned' || ours === 'invalid'
      ? `; checked here, the XML itself is “${ours}”.`
      : '; that is its claim: the signature values were removed when it was redacted, so the signature cannot be checked again. Its structure (signature wrapping) and every rule were checked here.';
  return {
    id: 'trace.claimed-verdict',
    severity: 'warning',
    title: 'The signature verdict is the file’s claim, not checked here',
    detail: `This message comes from a redacted trace export. ${says}${checked}`,
    fix: RECAPTURE,
    step: null,
  };
}

/** Nothing to check: the file holds no XML for this message, only what it says. */
export function claimedOnlyFinding(message: TraceMessage): Finding {
  const titles = message.findings.map((f) => f.title);
  return {
    id: 'trace.claimed-only',
    severity: 'warning',
    title: 'Nothing in this entry could be checked: it is only what the file says',
    detail: `The trace file holds no message for this ${message.kind} entry, only its claims: signature “${message.verdict ?? 'none'}”${titles.length ? `, and ${titles.length} finding(s): ${titles.map((t) => `“${t}”`).join(', ')}` : ''}. None of it was checked by this tool.`,
    fix: RECAPTURE,
    step: null,
  };
}

/** Whether an entry's trust rests on a file's claim: the doctor command never calls that a clean result. */
export function restsOnClaim(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.id === 'trace.claimed-verdict' || f.id === 'trace.claimed-only');
}
