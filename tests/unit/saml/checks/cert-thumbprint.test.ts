import { describe, expect, it } from 'vitest';
import { checkCertThumbprint } from '@/utils/saml/checks/cert-thumbprint';
import { cert, ids, input, validSignature } from './fixtures';

describe('certificate thumbprint check', () => {
  it('reports a signer certificate that is not configured (rollover)', () => {
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

  it('warns about an inactive signer, and accepts a configured one', () => {
    const inactive = validSignature({ signer: { label: 'Entra old', role: 'entra-inactive', cert: cert() } });
    const known = [{ known: { label: 'Entra old', role: 'entra-inactive' as const, cert: 'x' }, info: cert() }];
    expect(ids(checkCertThumbprint(input({ signature: inactive, knownCerts: known })))).toEqual(['cert.inactive-signer']);
    expect(checkCertThumbprint(input({ knownCerts: [{ known: known[0]!.known, info: cert() }] }))).toEqual([]);
  });

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
