import { describe, expect, it } from 'vitest';
import { checkCertExpiry } from '@/utils/saml/checks/cert-expiry';
import { NOW, cert, ids, input, validSignature } from './fixtures';

describe('certificate expiry check', () => {
  it('reports expired and soon-expiring certificates', () => {
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
