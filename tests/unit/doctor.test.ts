import { SAMPLES_DIR } from '@/scripts/lib/shared-dir';
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACS, signInHar } from './saml/har-fixtures';

const S = SAMPLES_DIR;
const ROOT = join(__dirname, '..', '..');

function doctor(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/doctor.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const JsonOut = z.object({
  messages: z.array(
    z.object({
      kind: z.string(),
      issuer: z.string().nullable(),
      signature: z.enum(['valid', 'invalid', 'wrapped', 'unsigned', 'unverified']).nullable(),
      signedPart: z.string().nullable(),
      pairedWith: z.number().nullable(),
      findings: z.array(z.object({ id: z.string(), severity: z.enum(['error', 'warning', 'info']), step: z.string().nullable() })),
    }),
  ),
  notes: z.array(z.string()),
  summary: z.object({ errors: z.number(), warnings: z.number() }),
});

function json(out: string) {
  return JsonOut.parse(JSON.parse(out));
}

describe('doctor CLI', () => {
  it('calls an XSW sample wrapped and exits 1', () => {
    const r = doctor('--metadata', `${S}/xsw/crewjam_idp_metadata_onelogin_503983.xml`, '--json', `${S}/xsw/crewjam_xsw_One.b64`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = json(r.stdout);
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]?.signature).toBe('wrapped');
    expect(out.messages[0]?.findings.some((f) => f.id === 'signature.wrapping' && f.severity === 'error')).toBe(true);
  });

  it('calls the tercen Entra response valid with its certificate inside the validity window', () => {
    const r = doctor(
      '--cert',
      `${S}/entra/tercen_entra_app_signing_cert_2022.pem`,
      '--now',
      '2022-02-23T17:50:00Z',
      '--tenant',
      '5b5c94c6-14cf-42da-85bc-4e08722b253b',
      '--acs-url',
      'https://devpg.tercen.com/_service/sso/auth/saml',
      '--entity-id',
      'https://devpg.tercen.com/_service/sso/auth/saml',
      '--json',
      `${S}/entra/tercen_entra_response_2022_app_cert.xml`,
    );
    const m = json(r.stdout).messages[0];
    expect(m?.kind).toBe('Response');
    expect(m?.signature).toBe('valid');
    expect(m?.signedPart).toBe('assertion');
    expect(m?.issuer).toBe('https://sts.windows.net/5b5c94c6-14cf-42da-85bc-4e08722b253b/');
    const ids = m?.findings.map((f) => f.id) ?? [];
    for (const id of [
      'issuer.mismatch',
      'issuer.trailing-slash',
      'audience.mismatch',
      'destination.mismatch',
      'recipient.mismatch',
      'time.expired',
      'time.not-yet-valid',
    ]) {
      expect(ids).not.toContain(id);
    }
    // Tercen's app sends Entra's default claims, not JustCall's: that is what fails, with the claims step.
    expect(ids).toContain('claims.missing.email');
    expect(r.code).toBe(1);
  });

  it('takes a bare public-key PEM as --cert', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-key-'));
    try {
      const key = join(dir, 'entra.pub.pem');
      const pem = readFileSync(`${S}/entra/tercen_entra_app_signing_cert_2022.pem`, 'utf8');
      writeFileSync(key, new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'pem' }).toString());
      const r = doctor('--cert', key, '--now', '2022-02-23T17:50:00Z', '--json', `${S}/entra/tercen_entra_response_2022_app_cert.xml`);
      expect(r.stderr).toBe('');
      expect(json(r.stdout).messages[0]?.signature).toBe('valid');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a Redirect query string file and a signed AuthnRequest, in human form', () => {
    const file = `${S}/authnrequests/crewjam_redirect_signed_queryString.txt`;
    const cert = `${S}/authnrequests/crewjam_sp_cert.pem`;
    // The sample's SP certificate expired in 2014, before the request was made in 2015.
    const today = doctor('--cert', cert, file);
    expect(today.stdout).toContain('#1 AuthnRequest');
    expect(today.stdout).toContain('signature: valid');
    expect(today.stdout).toContain('(cert.expired)');
    expect(today.code).toBe(1);
    const then = doctor('--cert', cert, '--now', '2014-06-01T00:00:00Z', file);
    expect(then.stdout).not.toContain('(cert.expired)');
    expect(then.stdout).toContain('WARNING The signature uses SHA-1');
    expect(then.code).toBe(0);
  });

  it('reads a HAR, pairs request and response, and prints a redacted Markdown report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-'));
    try {
      const file = join(dir, 'signin.har');
      writeFileSync(file, await signInHar());
      const r = doctor('--entity-id', 'JustCall', '--acs-url', ACS, '--json', file);
      const out = json(r.stdout);
      expect(out.messages.map((m) => m.kind)).toEqual(['AuthnRequest', 'Response']);
      expect(out.messages[1]?.pairedWith).toBe(1);
      const md = doctor('--markdown', file);
      expect(md.stdout).toMatch(/^# Entra SSO login diagnosis/);
      expect(md.stdout).not.toContain('adele.vance@contoso.com');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("quotes Entra's error text once in the Markdown report, with no doubled full stop (issue 13, point 11)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-error-'));
    try {
      const file = join(dir, 'error.txt');
      const message =
        "AADSTS50011: The redirect URI 'https://bifrost.justcall.io/passport/login;' specified in the request does not match the redirect URIs configured for the application. Navigate to https://aka.ms/redirectmismatch to learn more about how to fix this.";
      writeFileSync(file, `https://app.justcall.io/login?error=access_denied&error_description=${encodeURIComponent(message)}`);
      const md = doctor('--markdown', file).stdout;
      expect(md.split("The redirect URI 'https://bifrost.justcall.io/passport/login;'")).toHaveLength(2);
      expect(md).not.toContain('.”.');
      expect(md).toContain('**Cause:** AADSTS50011');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never exits 0 on a verdict a trace file only claims, and never reports it as its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-claimed-'));
    try {
      const file = join(dir, 'trace.json');
      const message = {
        time: '2025-03-01T10:00:05Z',
        url: ACS,
        method: 'POST',
        direction: 'idp-to-sp',
        binding: 'HTTP-POST',
        kind: 'Response',
        encoded: '',
        redacted: true,
        verdict: 'valid',
        findings: [],
      };
      // A wrapped response the file calls valid, and an entry with nothing but the claim.
      const wrapped = { ...message, xml: readFileSync(`${S}/xsw/crewjam_xsw_One.xml`, 'utf8') };
      writeFileSync(file, JSON.stringify({ format: 'entra-sso-assistant-trace', version: 1, messages: [wrapped] }));
      const r = doctor('--json', file);
      expect(r.code).toBe(1);
      const out = JsonOut.extend({
        messages: z.array(z.object({ signature: z.string().nullable(), claimedSignature: z.string().nullable() })),
      }).parse(JSON.parse(r.stdout));
      expect(out.messages[0]).toMatchObject({ signature: 'wrapped', claimedSignature: 'valid' });
      writeFileSync(file, JSON.stringify({ format: 'entra-sso-assistant-trace', version: 1, messages: [message] }));
      const claimOnly = doctor(file);
      expect(claimOnly.stdout).toContain('the file claims: valid');
      expect(claimOnly.stdout).toContain('(trace.claimed-only)');
      expect(claimOnly.stdout).not.toContain('signature: valid');
      expect(claimOnly.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with one line on stderr for usage errors and unreadable files', () => {
    for (const args of [
      [],
      ['--issuer', 'x', '--tenant', 'y', 'f'],
      ['--now', 'yesterday', 'f'],
      ['--bogus', 'f'],
      ['/nonexistent/file.har'],
      ['--cert', `${S}/manifest.json`, `${S}/xsw/crewjam_xsw_One.b64`],
    ]) {
      const r = doctor(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^doctor: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
