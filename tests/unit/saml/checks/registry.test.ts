import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks } from '@/utils/saml/checks';
import { STEP_IDS } from '@/utils/setup/steps';
import { Finding } from '@/utils/saml/types';
import { assertion, input, response } from './fixtures';

describe('check registry', () => {
  it('finds nothing wrong with a healthy Entra response', () => {
    const findings = runChecks(input());
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // The informational ones say what was signed and who the user is.
    expect(findings.map((f) => f.id).sort()).toEqual(['nameid.summary', 'signature.covers']);
  });

  it('has unique rule names and every finding fits the contract', () => {
    expect(new Set(CHECKS.map((c) => c.name)).size).toBe(CHECKS.length);
    const broken = input({
      model: response(
        {
          destination: 'https://x.example/acs',
          status: { codes: ['urn:oasis:names:tc:SAML:2.0:status:Responder'], message: 'AADSTS50105: no' },
        },
        assertion({ attributes: [] }),
      ),
      trustedAssertion: null,
    });
    const findings = runChecks(broken);
    expect(findings.length).toBeGreaterThan(4);
    for (const f of findings) {
      expect(() => Finding.parse(f)).not.toThrow();
      if (f.step !== null) expect(STEP_IDS).toContain(f.step);
    }
  });

  it('turns a throwing check into a finding instead of failing', () => {
    const findings = runChecks(input(), [
      {
        name: 'boom',
        run: () => {
          throw new Error('bad shape');
        },
      },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.id).toBe('check-failed.boom');
    expect(findings[0]?.detail).toContain('bad shape');
  });
});

/**
 * One check, one file, one test: every module in utils/saml/checks/ except the
 * support modules is a check, registered in CHECKS under its file name, with
 * its own test file here (the model: refined-github's build/features.test.ts).
 */
describe('check files', () => {
  const ROOT = path.resolve(import.meta.dirname, '../../../..');
  const CHECKS_DIR = path.join(ROOT, 'utils/saml/checks');
  const SUPPORT = ['index', 'types', 'helpers', 'claims-common'];
  const checkFiles = readdirSync(CHECKS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .filter((name) => !SUPPORT.includes(name))
    .sort();

  it('are each registered in the check list, under the file name', () => {
    expect(checkFiles.length).toBeGreaterThan(0);
    expect(CHECKS.map((c) => c.name).sort()).toEqual(checkFiles);
  });

  it('each export the function the check list runs', async () => {
    for (const check of CHECKS) {
      const module = (await import(path.join(CHECKS_DIR, `${check.name}.ts`))) as Record<string, unknown>;
      expect(Object.values(module), check.name).toContain(check.run);
    }
  });

  it('each have a test file of their own', () => {
    const missing = checkFiles.filter((name) => !existsSync(path.join(import.meta.dirname, `${name}.test.ts`)));
    expect(missing).toEqual([]);
  });
});
