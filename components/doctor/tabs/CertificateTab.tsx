import { useEffect, useState } from 'preact/hooks';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import type { AnalysisContext, CertInfo } from '@/utils/saml/types';
import { loadCertificate } from '@/utils/saml/cert';

function CertCard({ title, cert, match }: { title: string; cert: CertInfo; match: string | null }) {
  const now = Date.now();
  const expired = !cert.publicKeyOnly && Date.parse(cert.notAfter) < now;
  return (
    <section class="cert" data-testid="cert-card">
      <h3>{title}</h3>
      <dl class="kv">
        <dt>Subject</dt>
        <dd>{cert.subject}</dd>
        <dt>Valid</dt>
        <dd class={expired ? 'error' : ''}>
          {cert.publicKeyOnly ? 'unknown: a bare public key carries no validity period' : `${cert.notBefore} → ${cert.notAfter}`}
          {expired ? ' (expired)' : ''}
        </dd>
        <dt>SHA-1 thumbprint</dt>
        <dd class="mono">{cert.sha1}</dd>
        <dt>SHA-256</dt>
        <dd class="mono wrap">{cert.sha256}</dd>
        <dt>Matches expected?</dt>
        <dd data-testid="cert-match" class={match ? 'ok' : 'error'}>
          {match ? `Yes — ${match}` : 'No — it is not one of the certificates you expect'}
        </dd>
      </dl>
    </section>
  );
}

/** The signing certificate (as verified, or as carried), against the ones expected. */
export function CertificateTab({ entry, ctx }: { entry: AnalysedItem; ctx: AnalysisContext }) {
  const [expected, setExpected] = useState<Array<{ label: string; info: CertInfo }>>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(ctx.certificates.map(async (c) => ({ label: c.label, info: await loadCertificate(c.cert).catch(() => null) }))).then(
      (list) => {
        if (live) setExpected(list.flatMap((x) => (x.info ? [{ label: x.label, info: x.info }] : [])));
      },
    );
    return () => {
      live = false;
    };
  }, [ctx]);
  const sig = entry.analysis?.signature;
  const cert = sig?.signer?.cert ?? sig?.embeddedCert;
  if (!cert) return <p class="muted">This message carries no certificate{sig ? ` (signature: ${sig.verdict})` : ''}.</p>;
  const match = expected.find((e) => e.info.sha1 === cert.sha1)?.label ?? null;
  return (
    <div>
      <p>
        Signature verdict: <strong data-testid="sig-verdict">{sig?.verdict}</strong>
        {sig?.signer
          ? ` — verified with ${sig.signer.label}`
          : ' — the certificate below is the one the message carries, which proves nothing by itself'}
      </p>
      <CertCard title={sig?.signer ? 'Signing certificate' : 'Certificate in the message (KeyInfo)'} cert={cert} match={match} />
      {expected.length === 0 && <p class="muted">No expected certificate is set: load one under “Expected values”.</p>}
      {expected.map((e) => (
        <p key={e.info.sha1} class="muted mono">
          Expected: {e.label} — {e.info.sha1} (until {e.info.notAfter})
        </p>
      ))}
    </div>
  );
}
