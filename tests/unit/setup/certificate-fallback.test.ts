import { describe, expect, it } from 'vitest';
import { needsCertificateDownload } from '@/utils/content/certificate-fallback';
import { emptySession, parseSession, type SetupSession } from '@/utils/setup/session';
import { T0 } from './helpers';

/** The rule as the whole-session parse states it; the content script's small view must agree. */
function fullRule(stored: unknown): boolean {
  const s = parseSession(stored, T0);
  return !s.certificate && s.metadata !== null && !s.metadata.ok;
}

const failedMetadata: SetupSession['metadata'] = {
  url: 'https://login.microsoftonline.com/x/federationmetadata/2007-06/federationmetadata.xml',
  at: T0.toISOString(),
  ok: false,
  error: 'HTTP 404',
  thumbprints: [],
};
const certificate: SetupSession['certificate'] = {
  der: 'MIIB',
  sha1: 'A'.repeat(40),
  sha256: 'B'.repeat(64),
  notBefore: T0.toISOString(),
  notAfter: T0.toISOString(),
  subject: 'CN=Microsoft Azure Federated SSO Certificate',
  source: { kind: 'file', name: 'JustCall.cer', at: T0.toISOString() },
};

describe('certificate fallback decision (content script)', () => {
  it('asks for the page certificate only when there is none and the metadata fetch failed', () => {
    const cases: [string, SetupSession, boolean][] = [
      ['fresh session', emptySession(T0), false],
      ['metadata failed, no certificate', { ...emptySession(T0), metadata: failedMetadata }, true],
      ['metadata failed, certificate known', { ...emptySession(T0), metadata: failedMetadata, certificate }, false],
      ['metadata fine', { ...emptySession(T0), metadata: { ...failedMetadata, ok: true, error: undefined } }, false],
    ];
    for (const [name, session, expected] of cases) {
      expect(needsCertificateDownload(session), name).toBe(expected);
      expect(fullRule(session), name).toBe(expected);
    }
  });

  it('does nothing for what is not a stored session', () => {
    for (const stored of [
      undefined,
      null,
      'setupSession',
      42,
      [],
      { version: 2, certificate: null, metadata: { ok: false } },
      { version: 1, certificate: null, metadata: { ok: 'no' } },
    ]) {
      expect(needsCertificateDownload(stored)).toBe(false);
    }
  });
});
