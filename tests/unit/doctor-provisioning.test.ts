import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SAMPLES_DIR } from '@/scripts/lib/shared-dir';
import { looksLikeProvisioning } from '@/utils/provisioning';
import { FIXTURES, NOW } from './provisioning/support';
import { signInHar } from './saml/har-fixtures';

/** `doctor` over the provisioning fixtures: the same findings, fixes and exit codes the library gives, in the CLI's three forms. */

const ROOT = join(__dirname, '..', '..');

function doctor(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/doctor.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const Export = z.object({
  files: z.array(z.string()),
  format: z.literal('entra-sso-assistant-provisioning'),
  redacted: z.literal(true),
  kind: z.string(),
  summary: z.object({ headline: z.string(), topCause: z.object({ findingId: z.string(), fix: z.string() }).nullable() }),
  findings: z.array(z.object({ id: z.string(), severity: z.enum(['error', 'warning', 'info']), fix: z.string() })),
});

const fx = (name: string) => join(FIXTURES, name);

/** Each world scenario's export: the kind read, the top finding, and the exit status. */
const SCENARIOS = [
  ['download-secret-token.json', 'download-json', 'provisioning.secret-token', 1],
  ['job-quarantine-secret-token.json', 'job', 'provisioning.secret-token', 1],
  ['download-tenant-url.json', 'download-json', 'provisioning.tenant-url', 1],
  ['download-missing-mail.json', 'download-json', 'provisioning.missing-required', 1],
  ['graph-entry-conflict.json', 'graph', 'provisioning.entry-conflict', 1],
  ['download-skipped-scope.json', 'download-json', 'provisioning.not-entitled', 0],
  ['on-demand-not-assigned.json', 'on-demand', 'provisioning.not-assigned', 0],
  ['download-justcall-5xx-429.json', 'download-json', 'provisioning.justcall-unavailable', 0],
  ['download-guest-ext-upn.json', 'download-json', 'provisioning.guest-upn', 1],
  ['download-disabled-user.json', 'download-json', 'provisioning.deprovisioned', 0],
  ['azure-monitor-rows.json', 'azure-monitor', 'provisioning.entry-conflict', 1],
  ['ms-graph-list-example2-error.txt', 'graph', 'provisioning.entry-conflict', 1],
  ['ms-provision-on-demand-example1.txt', 'on-demand', 'provisioning.in-sync', 0],
] as const;

describe('doctor CLI on provisioning exports', () => {
  it.each(SCENARIOS)('%s: read as %s, %s first, exit %i', (file, kind, top, code) => {
    const r = doctor('--now', NOW, '--json', fx(file));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
    const out = Export.parse(JSON.parse(r.stdout));
    expect(out.kind).toBe(kind);
    expect(out.findings[0]?.id).toBe(top);
    expect(out.findings[0]?.fix).not.toBe('');
  });

  it('prints the finding and its fix as text, with the last cycle’s headline', () => {
    const r = doctor('--now', NOW, fx('download-secret-token.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Provisioning logs download (JSON), 2 event(s)');
    expect(r.stdout).toMatch(/Last cycle: 2 failed, 0 skipped, 0 succeeded\. Top cause: JustCall no longer accepts the Secret Token/);
    expect(r.stdout).toMatch(/ERROR {3}JustCall no longer accepts the Secret Token saved in Entra \(provisioning\.secret-token\)/);
    expect(r.stdout).toContain('Fix: In JustCall, open Settings > Security > Provisioning and copy the current Secret Token.');
    expect(r.stdout).toContain('2 provisioning event(s): 1 error(s), 0 warning(s).');
  });

  it('joins the three CSV files of one download given together', () => {
    const csv = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'));
    expect(csv).toHaveLength(3);
    const r = doctor('--now', NOW, '--json', ...csv.map(fx));
    expect(r.code).toBe(1);
    const out = Export.parse(JSON.parse(r.stdout));
    expect(out.kind).toBe('download-csv');
    expect(out.findings.map((f) => f.id)).toEqual(['provisioning.missing-required', 'provisioning.deprovisioned']);
  });

  it('redacts user names, e-mails, UPNs and object ids in --json and --markdown', () => {
    const text = readFileSync(fx('download-guest-ext-upn.json'), 'utf8');
    // The people's names, addresses and object ids (source and target); activity and cycle ids are not personal.
    const secrets = [
      'adele@contoso.com',
      'adele_contoso.com#EXT#@fabrikam.onmicrosoft.com',
      'pradeep@northwind.com',
      'Adele Vance',
      'Pradeep Gupta',
    ];
    const ids = ['4891eb7c-e03f-4eea-a19b-363d73850d95', '50721c61-8f8a-4781-a3fb-72144364a920', 'e87a72df-cd31-4736-a986-e882dde3ecd9'];
    for (const s of [...secrets, ...ids]) expect(text).toContain(s);
    const json = doctor('--now', NOW, '--json', fx('download-guest-ext-upn.json'));
    const md = doctor('--now', NOW, '--markdown', fx('download-guest-ext-upn.json'));
    expect(md.stdout).toMatch(/^# /);
    for (const out of [json.stdout, md.stdout]) {
      expect(out).toContain('provisioning.guest-upn');
      for (const s of [...secrets, ...ids]) expect(out).not.toContain(s);
    }
  });

  it('takes a SAML capture and a provisioning export together, each to its own doctor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-mixed-'));
    try {
      const har = join(dir, 'signin.har');
      writeFileSync(har, await signInHar());
      const r = doctor('--now', NOW, '--json', har, fx('download-justcall-5xx-429.json'));
      const out = z.object({ messages: z.array(z.object({ kind: z.string() })), provisioning: Export }).parse(JSON.parse(r.stdout));
      expect(out.messages.map((m) => m.kind)).toEqual(['AuthnRequest', 'Response']);
      expect(out.provisioning.findings.map((f) => f.id)).toEqual(['provisioning.justcall-unavailable', 'provisioning.rate-limited']);
      const text = doctor('--now', NOW, har, fx('download-disabled-user.json'));
      expect(text.stdout).toContain('2 message(s)');
      expect(text.stdout).toContain('Users were deactivated in JustCall, as expected (provisioning.deprovisioned)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with the reader’s message when a provisioning file cannot be used at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-prov-bad-'));
    try {
      const bad = join(dir, 'logs.json');
      writeFileSync(bad, '[{"provisioningAction": "create", "cycleId": ');
      const r = doctor('--json', bad);
      expect(r.code).toBe(2);
      const out = z.object({ problems: z.array(z.object({ severity: z.string(), message: z.string() })) }).parse(JSON.parse(r.stdout));
      expect(out.problems.some((p) => p.severity === 'error')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('looksLikeProvisioning', () => {
  it('knows every provisioning fixture, and no SAML sample or capture', async () => {
    for (const f of readdirSync(FIXTURES).filter((n) => !n.endsWith('.md'))) {
      expect(looksLikeProvisioning(readFileSync(fx(f), 'utf8').slice(0, 8192), f), f).toBe(true);
    }
    const saml = readdirSync(join(SAMPLES_DIR, 'xsw'))
      .filter((n) => !n.endsWith('.source.txt'))
      .map((n) => join(SAMPLES_DIR, 'xsw', n));
    expect(saml.length).toBeGreaterThan(4);
    for (const f of saml) expect(looksLikeProvisioning(readFileSync(f, 'utf8').slice(0, 8192), f), f).toBe(false);
    // A HAR of the provisioning blade mentions provisioning keys in its bodies: still a HAR.
    const har = JSON.stringify({
      log: { version: '1.2', entries: [{ response: { content: { text: '{"provisioningAction":"create"}' } } }] },
    });
    expect(looksLikeProvisioning(har, 'portal.har')).toBe(false);
    expect(looksLikeProvisioning(await signInHar(), 'signin.har')).toBe(false);
  });
});
