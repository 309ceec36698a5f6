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
    expect(md).toContain('**Fix:** In Entra, open the JustCall app &gt; Users and groups &gt; Add user/group');
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
    expect(md).toContain('| warning | **a \\| b** (`x.y`): line1 line2 | f | Step 3: Attributes &amp; Claims |');
  });

  it('writes hostile values as inert text: no heading, image, tag, link or code from data', () => {
    const hostile =
      'x`y``\n# Pwned\r\n![img](https://evil.example/p.png) <img src=x onerror=alert(1)> [link](https://evil.example) **bold** | cell';
    const analysis: MessageAnalysis = {
      decoded: null,
      model: { kind: 'LogoutResponse', issuer: hostile, destination: hostile, hasSignature: false },
      signature: null,
      trustedAssertion: null,
      findings: [{ id: 'x`y', severity: 'error', title: hostile, detail: hostile, fix: hostile, step: null }],
    };
    const md = renderMessageReport(analysis, {
      url: `https://acs.example/\`\`\`cb?error_description=${encodeURIComponent(hostile)}`,
      redact: false,
    });
    const lines = md.split('\n');
    // Only the report's own headings, and no line of data starts a block.
    expect(lines.filter((l) => l.startsWith('#'))).toEqual(['# Entra SSO login diagnosis', '## Messages', '## #1 LogoutResponse']);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(?<!\\)!\[/);
    expect(md).not.toMatch(/(?<!\\)\[link\]/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('\\!\\[img\\](https://evil.example/p.png)');
    // Code spans are fenced with more backticks than the value holds.
    expect(md).toContain('(``x`y``)');
    expect(md).toMatch(/URL: ````https:\/\/acs\.example\/```cb\?[^\n]*````/);
    // Table rows keep their cells: every row of the findings table has exactly the table's pipes.
    const row = lines.find((l) => l.startsWith('| error |'));
    expect(row?.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('says so when nothing was found', () => {
    expect(renderTraceReport({ entries: [] })).toContain('no SAML message or Entra error was found');
  });
});
