import type { SetupSession } from '@/utils/setup/session';
import { derToPem } from '@/utils/setup/pem';
import { VALUE_KEY_NAMES, expectedSource, expectedValue, valueInfo, valueProblem } from '@/utils/setup/value-keys';
import type { PendingView, ValueView, WizardContext } from './types';
import { describeSource } from './describe-source';

/** The value rows: carried values with their source and validity, the certificate, and the SCIM token (never shown). */
export function valueViews(session: SetupSession, ctx: WizardContext): ValueView[] {
  const out: ValueView[] = [];
  for (const key of VALUE_KEY_NAMES) {
    const info = valueInfo(key);
    const value = expectedValue(session, key);
    const source = expectedSource(session, key);
    if (!info.shown || value === null || source === null) continue;
    const problem = valueProblem(key, value);
    out.push({
      key,
      label: info.label,
      value,
      sourceText: describeSource(source),
      valid: problem === null,
      ...(problem !== null ? { problem } : {}),
      step: info.step,
    });
  }
  const cert = session.certificate;
  if (cert) {
    const expired = Date.parse(cert.notAfter) < Date.now();
    out.push({
      key: 'certificate',
      label: 'Signing certificate',
      value: `Thumbprint ${cert.sha1}, expires ${cert.notAfter.slice(0, 10)}`,
      copyText: derToPem(cert.der),
      sourceText: describeSource(cert.source),
      valid: !expired,
      ...(expired ? { problem: 'This certificate has expired.' } : {}),
      step: 'certificate',
    });
  }
  if (ctx.hasScimToken) {
    out.push({
      key: 'scimSecretToken',
      label: 'Secret Token (SCIM)',
      value: '••••••••',
      sourceText: 'Read from JustCall; kept only until this browser closes or it is filled',
      valid: true,
      step: 'scim',
      secret: true,
    });
  }
  return out;
}

/** The values waiting for the admin, each in its step. */
export function pendingViews(session: SetupSession): PendingView[] {
  return VALUE_KEY_NAMES.flatMap((key) => {
    const p = session.pending[key];
    if (!p) return [];
    const info = valueInfo(key);
    return [
      { key, label: info.label, value: p.value, reason: p.reason, note: p.note, sourceText: describeSource(p.source), step: info.step },
    ];
  });
}
