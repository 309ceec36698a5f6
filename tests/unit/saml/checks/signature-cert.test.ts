import { describe, expect, it } from 'vitest';
import { checkCertExpiry } from '@/utils/saml/checks/cert-expiry';
import { checkCertThumbprint } from '@/utils/saml/checks/cert-thumbprint';
import { checkSignatureCoverage } from '@/utils/saml/checks/signature-coverage';
import { checkSignatureSha1 } from '@/utils/saml/checks/signature-sha1';
import { NOW, cert, ids, input, validSignature } from './fixtures';

const SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';

describe('signature and certificate checks', () => {
  it('say which part is signed', () => {
    const f = checkSignatureCoverage(input());
    expect(ids(f)).toEqual(['signature.covers']);
    expect(f[0]?.title).toContain('assertion');
    expect(checkSignatureCoverage(input({ signature: validSignature({ verdict: 'invalid' }) }))).toEqual([]);
  });

  it('warn about SHA-1 unless verify already did', () => {
    expect(ids(checkSignatureSha1(input({ signature: validSignature({ signatureAlgorithm: SHA1 }) })))).toEqual(['signature.sha1']);
    const already = validSignature({
      signatureAlgorithm: SHA1,
      findings: [{ id: 'signature.weak-sha1', severity: 'warning', title: 't', detail: 'd', fix: 'f', step: null }],
    });
    expect(checkSignatureSha1(input({ signature: already }))).toEqual([]);
    expect(checkSignatureSha1(input())).toEqual([]);
  });

  it('report a signer certificate that is not configured (rollover)', () => {
    const configured = cert({ sha1: 'C'.repeat(40) });
    const signature = validSignature({ verdict: 'invalid', signer: undefined, embeddedCert: cert({ sha1: 'D'.repeat(40) }) });
    const f = checkCertThumbprint(
      input({ signature, knownCerts: [{ known: { label: 'JustCall’s', role: 'justcall', cert: 'x' }, info: configured }] }),
    );
    expect(ids(f)).toEqual(['cert.unknown-signer']);
    expect(f[0]?.detail).toContain('D'.repeat(40));
    expect(f[0]?.detail).toContain('C'.repeat(40));
    expect(f[0]?.severity).toBe('error');
  });

  it('warn about an inactive signer, and accept a configured one', () => {
    const inactive = validSignature({ signer: { label: 'Entra old', role: 'entra-inactive', cert: cert() } });
    const known = [{ known: { label: 'Entra old', role: 'entra-inactive' as const, cert: 'x' }, info: cert() }];
    expect(ids(checkCertThumbprint(input({ signature: inactive, knownCerts: known })))).toEqual(['cert.inactive-signer']);
    expect(checkCertThumbprint(input({ knownCerts: [{ known: known[0]!.known, info: cert() }] }))).toEqual([]);
  });

  it('report expired and soon-expiring certificates', () => {
    const expired = validSignature({ signer: { label: 'Entra', role: 'entra-active', cert: cert({ notAfter: '2025-01-01T00:00:00Z' }) } });
    expect(ids(checkCertExpiry(input({ signature: expired })))).toEqual(['cert.expired']);
    const soon = new Date(NOW + 10 * 86_400_000).toISOString();
    const expiring = validSignature({ signer: { label: 'Entra', role: 'entra-active', cert: cert({ notAfter: soon }) } });
    const f = checkCertExpiry(input({ signature: expiring }));
    expect(ids(f)).toEqual(['cert.expiring']);
    expect(f[0]?.detail).toContain('in 10 days');
    expect(checkCertExpiry(input())).toEqual([]);
  });
});

describe('no duplicates with the verifier', () => {
  it('stays silent when verify already reported the unknown signer or the inactive one', () => {
    const f = { severity: 'error' as const, title: 't', detail: 'd', fix: 'f', step: null };
    const known = [{ known: { label: 'JustCall’s', role: 'justcall' as const, cert: 'x' }, info: cert({ sha1: 'C'.repeat(40) }) }];
    const unknown = validSignature({
      verdict: 'invalid',
      signer: undefined,
      embeddedCert: cert({ sha1: 'D'.repeat(40) }),
      findings: [{ ...f, id: 'signature.unknown-signer' }],
    });
    expect(checkCertThumbprint(input({ signature: unknown, knownCerts: known }))).toEqual([]);
    const inactive = validSignature({
      signer: { label: 'old', role: 'entra-inactive', cert: cert() },
      findings: [{ ...f, id: 'certificate.signed-with-inactive' }],
    });
    expect(checkCertThumbprint(input({ signature: inactive, knownCerts: known }))).toEqual([]);
  });
});
