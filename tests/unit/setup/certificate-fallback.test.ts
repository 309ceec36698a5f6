import { describe, expect, it } from 'vitest';
import { createSetupService } from '@/utils/background/setup/service';
import { emptySession, SETUP_SESSION_KEY, type SetupSession } from '@/utils/setup/session';
import { createSessionStore, memoryArea } from '@/utils/setup/session-store';
import { T0 } from './helpers';

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

const LINK = 'https://sso.reactblade.portal.azure.net/api/entra/apps/o1/certificates/c1/base64';

async function replyFor(stored: unknown, values: Record<string, string> = { certificateBase64Url: LINK }) {
  const local = memoryArea({ [SETUP_SESSION_KEY]: stored });
  const store = createSessionStore({ local, session: memoryArea(), now: () => T0 });
  const service = createSetupService({ store, now: () => T0, fetch: () => Promise.reject(new Error('no network in this test')) });
  return service.observe({
    type: 'setup:observed',
    feature: 'entra/certificates',
    url: 'https://entra.microsoft.com/',
    saved: true,
    values,
  });
}

describe('certificate fallback decision (background)', () => {
  it('asks for the page certificate only when there is none and the metadata fetch failed', async () => {
    const cases: [string, SetupSession, boolean][] = [
      ['fresh session', emptySession(T0), false],
      ['metadata failed, no certificate', { ...emptySession(T0), metadata: failedMetadata }, true],
      ['metadata failed, certificate known', { ...emptySession(T0), metadata: failedMetadata, certificate }, false],
      ['metadata fine', { ...emptySession(T0), metadata: { ...failedMetadata, ok: true, error: undefined } }, false],
    ];
    for (const [name, session, expected] of cases) {
      expect((await replyFor(session)).fetchCertificate === true, name).toBe(expected);
    }
  });

  it('not when the page shows no download link', async () => {
    expect((await replyFor({ ...emptySession(T0), metadata: failedMetadata }, {})).fetchCertificate).toBeUndefined();
  });

  it('does nothing for what is not a stored session', async () => {
    for (const stored of [undefined, null, 'setupSession', 42, [], { version: 2, certificate: null, metadata: { ok: false } }]) {
      expect((await replyFor(stored)).fetchCertificate).toBeUndefined();
    }
  });
});
