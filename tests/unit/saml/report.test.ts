import { describe, expect, it } from 'vitest';
import { analyseTrace, type TraceAnalysis } from '@/utils/saml/analyse';
import { readCapture, sourceFromText } from '@/utils/saml/har';
import { renderMessageReport, renderTraceReport } from '@/utils/saml/report';
import type { MessageAnalysis } from '@/utils/saml/types';
import { ACS, PII, TENANT, errorPageHtml, harEntry, signInHar } from './har-fixtures';

async function traceWithAssignmentError(): Promise<TraceAnalysis> {
  const text = (await signInHar()).replace(
    /\]\s*\}\s*\}\s*$/,
    `,${JSON.stringify(harEntry({ time: '2025-03-01T10:03:00Z', method: 'POST', url: `https://login.microsoftonline.com/${TENANT}/saml2`, postText: 'a=1', responseHtml: errorPageHtml(50105) }))}]}}`,
  );
  return analyseTrace((await readCapture(sourceFromText(text))).items, { entityId: 'JustCall', acsUrl: ACS, certificates: [] });
}

describe('Markdown report', () => {
  it('leads with verdict, Entra’s own error as the cause, its fix and step', async () => {
    const md = renderTraceReport(await traceWithAssignmentError(), { generatedAt: '2025-03-01T12:00:00Z' });
    expect(md).toMatch(/^# Entra SSO login diagnosis/);
    expect(md).toContain('**Verdict:** the sign-in fails.');
    expect(md).toMatch(/\*\*Cause:\*\* AADSTS50105: The user is not assigned to the JustCall app \(message 3\)/);
    expect(md).toContain('**Setup step:** Step 5: Assign users and groups');
    expect(md).toContain('| 2 | 2025-03-01T10:00:05Z | Response (pairs with #1) | Entra → JustCall | invalid |');
    expect(md).toContain('| Request Id | 0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b |');
    expect(md).toContain('Names, e-mail addresses, NameIDs, signature values and session data are redacted.');
  });

  it('redacts personal data by default and not when asked', async () => {
    const trace = await traceWithAssignmentError();
    const md = renderTraceReport(trace);
    for (const v of PII) expect(md.toLowerCase()).not.toContain(v.toLowerCase());
    const raw = renderTraceReport(trace, { redact: false });
    expect(raw).toContain('adele.vance@contoso.com');
    expect(raw).toContain('NOT redacted');
  });

  it('keeps table rows intact when texts contain pipes and line breaks', () => {
    const analysis: MessageAnalysis = {
      decoded: null,
      model: null,
      signature: null,
      trustedAssertion: null,
      findings: [{ id: 'x.y', severity: 'warning', title: 'a | b', detail: 'line1\nline2', fix: 'f', step: 'claims' }],
    };
    const md = renderMessageReport(analysis);
    expect(md).toContain('**Verdict:** no blocking problem found in 1 message(s); 1 warning(s) to look at.');
    expect(md).toContain('| warning | **a \\| b** (`x.y`): line1 line2 | f | Step 3: Attributes & Claims |');
  });

  it('says so when nothing was found', () => {
    expect(renderTraceReport({ entries: [] })).toContain('no SAML message or Entra error was found');
  });
});
