import { describe, expect, it } from 'vitest';
import {
  AADSTS_CODES,
  AADSTS_KNOWLEDGE,
  explainAadsts,
  extractAadstsCodes,
  parseEntraErrorPage,
  parseEntraErrorUrl,
  shortCauseFor,
} from '@/utils/saml/aadsts';
import { STEP_IDS } from '@/utils/setup/steps';

const REQUIRED = [
  50011, 50105, 700016, 75011, 750054, 900236, 75005, 7500514, 50003, 50107, 75008, 76021, 76026, 75016, 501241, 50034, 50126, 50076, 50079,
  53003, 50058,
];

describe('AADSTS knowledge', () => {
  it('explains every code the setup can hit, in our words, tied to a step or none', () => {
    for (const code of REQUIRED) {
      const ex = explainAadsts(code);
      expect(ex?.source, `AADSTS${code}`).toBe('ours');
      expect(ex?.fix.length).toBeGreaterThan(20);
      if (ex?.step) expect(STEP_IDS).toContain(ex.step);
    }
    expect(new Set(AADSTS_KNOWLEDGE.map((k) => k.code)).size).toBe(AADSTS_KNOWLEDGE.length);
  });

  it('maps the key codes to the step that fixes them', () => {
    expect(explainAadsts('AADSTS50011')?.step).toBe('basic-saml');
    expect(explainAadsts(50105)?.step).toBe('assignment');
    expect(explainAadsts('700016')?.step).toBe('basic-saml');
    expect(explainAadsts(50003)?.step).toBe('certificate');
  });

  it('falls back to the reference table, then to an unknown-code text', () => {
    const ref = explainAadsts(16000);
    expect(ref?.source).toBe('reference');
    expect(ref?.name).toBe('InteractionRequired');
    expect(ref?.explanation).toContain('Microsoft describes it as');
    const unknown = explainAadsts(99999999);
    expect(unknown?.source).toBe('unknown');
    expect(unknown?.label).toBe('AADSTS99999999');
    expect(explainAadsts('not a code')).toBeNull();
  });

  it('holds one entry per code, with the doctor’s short causes, also for codes only Microsoft’s table explains', () => {
    expect(new Set(AADSTS_CODES.map((k) => k.code)).size).toBe(AADSTS_CODES.length);
    expect(shortCauseFor(50011)).toBe('Reply URL mismatch');
    expect(shortCauseFor(50057)).toBe('User account is disabled');
    expect(explainAadsts(50057)?.source).toBe('reference');
    expect(shortCauseFor(50003)).toBeUndefined();
  });

  it('extracts codes from free text in order without repeats', () => {
    expect(extractAadstsCodes('x AADSTS50011: y; aadsts700016 and AADSTS50011 again')).toEqual([50011, 700016]);
    expect(extractAadstsCodes('nothing here')).toEqual([]);
  });
});

const PAGE = `<!DOCTYPE html><html><head><title>Sign in to your account</title>
<style>.x{color:red}</style></head><body>
<div class="header">Sign in</div>
<div id="error"><p>Sorry, but we&#39;re having trouble signing you in.</p>
<p>AADSTS50011: The redirect URI &#39;https://bifrost.justcall.io/passport/login/callback&#39; specified in the request does not match the redirect URIs configured for the application &#39;JustCall&#39;.</p></div>
<div class="details"><div>Troubleshooting details</div>
<div><span>Request Id:</span> <span>0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b</span></div>
<div><span>Correlation Id:</span> <span>3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f</span></div>
<div><span>Timestamp:</span> <span>2025-03-01T10:00:07Z</span></div>
<div>Message: AADSTS50011: The redirect URI ...</div></div></body></html>`;

describe('Entra error page recognition', () => {
  it('pulls code, message, Request Id, Correlation Id and Timestamp out of the HTML', () => {
    const page = parseEntraErrorPage(PAGE, 'https://login.microsoftonline.com/t/saml2');
    expect(page?.code).toBe(50011);
    expect(page?.message).toBe(
      "AADSTS50011: The redirect URI 'https://bifrost.justcall.io/passport/login/callback' specified in the request does not match the redirect URIs configured for the application 'JustCall'.",
    );
    expect(page?.requestId).toBe('0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(page?.correlationId).toBe('3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f');
    expect(page?.timestamp).toBe('2025-03-01T10:00:07Z');
    expect(page?.explanation?.step).toBe('basic-saml');
  });

  it('reads the details from the page script ($Config) when the text is not rendered', () => {
    const html = `<html><script>$Config={"strServiceExceptionMessage":"AADSTS50105: The signed in user \\u0027adele@contoso.com\\u0027 is not assigned to a role for the application.","correlationId":"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f","sessionId":"0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"};</script></html>`;
    const page = parseEntraErrorPage(html);
    expect(page?.code).toBe(50105);
    expect(page?.message).toContain("'adele@contoso.com' is not assigned");
    expect(page?.correlationId).toBe('3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f');
  });

  it('returns null for pages without an AADSTS error', () => {
    expect(parseEntraErrorPage('<html><body>Welcome</body></html>')).toBeNull();
  });

  it('recognises an error redirect URL', () => {
    const url =
      'https://app.example/cb?error=access_denied&error_description=AADSTS50105%3A+The+signed+in+user+is+not+assigned.%0D%0ATrace+ID%3A+0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b%0D%0ACorrelation+ID%3A+3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f%0D%0ATimestamp%3A+2025-03-01+10%3A00%3A07Z&error_codes=%5B50105%5D';
    const page = parseEntraErrorUrl(url);
    expect(page?.code).toBe(50105);
    expect(page?.message).toBe('AADSTS50105: The signed in user is not assigned.');
    expect(page?.requestId).toBe('0b7a2f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(page?.correlationId).toBe('3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f');
    expect(page?.timestamp).toBe('2025-03-01 10:00:07Z');
    expect(parseEntraErrorUrl('https://app.example/cb?x=1')).toBeNull();
    expect(parseEntraErrorUrl('not a url')).toBeNull();
  });
});

describe('Entra error page false positives', () => {
  it('ignores a page that only mentions a code without showing an error', () => {
    expect(parseEntraErrorPage('<html><script>var help = "see AADSTS50011 docs";</script><body>Sign in</body></html>')).toBeNull();
  });
});
