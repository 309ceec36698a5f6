import type { MessageAnalysis } from '@/utils/saml/types';

/** The values support asks for first, as [label, value] rows ('' when absent). */
export function keyValues(a: MessageAnalysis): [string, string][] {
  const m = a.model;
  const rows: [string, string][] = [];
  if (!m) return rows;
  rows.push(['Kind', m.kind]);
  if (m.kind !== 'EntityDescriptor') {
    rows.push(['Issuer', m.issuer ?? ''], ['ID', m.id ?? ''], ['IssueInstant', m.issueInstant ?? ''], ['Destination', m.destination ?? '']);
  }
  if (m.kind === 'AuthnRequest') {
    rows.push(['ACS URL', m.acsUrl ?? ''], ['NameIDPolicy', m.nameIdPolicyFormat ?? '']);
  }
  if (m.kind === 'Response' || m.kind === 'LogoutResponse') {
    rows.push(
      ['InResponseTo', m.inResponseTo ?? ''],
      ['Status', m.status?.codes.map((c) => c.split(':').pop()).join(' / ') ?? ''],
      ['StatusMessage', m.status?.message ?? ''],
    );
  }
  const assertion = a.trustedAssertion ?? (m.kind === 'Response' ? m.assertions[0] : m.kind === 'Assertion' ? m.assertion : undefined);
  if (assertion) {
    const trust = a.trustedAssertion ? '' : ' (untrusted)';
    rows.push(
      [`NameID${trust}`, assertion.nameId ? `${assertion.nameId.value} (${assertion.nameId.format?.split(':').pop() ?? 'no format'})` : ''],
      [`Audience${trust}`, assertion.conditions?.audiences.join(', ') ?? ''],
      [
        `Recipient${trust}`,
        assertion.subjectConfirmations
          .map((s) => s.recipient ?? '')
          .filter(Boolean)
          .join(', '),
      ],
      [
        `Valid${trust}`,
        assertion.conditions ? `${assertion.conditions.notBefore ?? '…'} → ${assertion.conditions.notOnOrAfter ?? '…'}` : '',
      ],
      [`Claims${trust}`, assertion.attributes.map((x) => x.name).join(', ')],
    );
  }
  const s = a.signature;
  if (s) {
    rows.push(
      ['Signature', `${s.verdict}${s.covers !== 'none' ? `, covers ${s.covers}` : ''}`],
      ['Signature algorithm', s.signatureAlgorithm ?? ''],
    );
    const cert = s.signer?.cert ?? s.embeddedCert;
    if (cert) rows.push(['Signing certificate', `${cert.sha1} (valid until ${cert.notAfter.slice(0, 10)})`]);
  }
  return rows;
}
