import { describe, expect, it } from 'vitest';
import { installDom } from './support/dom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Timeline } from '@/components/doctor/Timeline';
import { XmlTab } from '@/components/doctor/tabs/XmlTab';
import { DiagnosisTab } from '@/components/doctor/tabs/DiagnosisTab';
import { ChecksTab } from '@/components/doctor/tabs/ChecksTab';
import { readSample } from '@/tests/helpers/samples';
import { ConfirmDialog } from '@/components/doctor/ConfirmDialog';
import { UNREDACTED_CONTENTS } from '@/utils/doctor/exports';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import type { TimelineRow } from '@/utils/doctor/filter';
import { recordsToItems } from '@/utils/doctor/records-to-items';
import { analyseItems } from '@/utils/doctor/analyse-items';
import { toContext, EMPTY_EXPECTED } from '@/utils/doctor/expected';
import { recordFromErrorPage } from '@/utils/recorder/error-page-record';

installDom();

function fakeEntry(i: number, extra: Partial<AnalysedItem> = {}): AnalysedItem {
  return {
    key: `k${i}`,
    item: {
      type: 'saml',
      seq: i,
      url: 'https://bifrost.justcall.io/acs',
      method: 'POST',
      source: 'post',
      carrier: { via: 'post', body: '' },
    },
    time: 1_700_000_000_000 + i,
    direction: 'idp-to-sp',
    binding: 'HTTP-POST',
    kind: 'Response',
    status: 'Success',
    verdict: 'valid',
    analysis: null,
    errorPage: null,
    findings: [],
    samlId: null,
    inResponseTo: null,
    pairKey: null,
    trace: { seq: i, url: '', method: 'POST', direction: 'idp-to-sp', kind: 'Response', analysis: null, verdict: 'valid', findings: [] },
    ...extra,
  };
}

function mount(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(node, host));
  return host;
}

describe('Timeline', () => {
  it('keeps only a window of 1,000 rows in the DOM and moves with the arrow keys', () => {
    const rows: TimelineRow[] = Array.from({ length: 1000 }, (_, i) => ({ type: 'saml', entry: fakeEntry(i) }));
    let selected = 'k0';
    const host = mount(<Timeline rows={rows} selectedKey={selected} onSelect={(k) => (selected = k)} />);
    const list = host.querySelector('[role=listbox]') as HTMLElement;
    expect(list.getAttribute('data-count')).toBe('1000');
    const rendered = host.querySelectorAll('[role=option]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    act(() => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(selected).toBe('k1');
    act(() => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(selected).toBe('k999');
  });
});

describe('XmlTab', () => {
  it('renders hostile content as text, never as markup, once the service has laid it out', async () => {
    const xml =
      '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"><a>&lt;script&gt;alert(1)&lt;/script&gt;</a></samlp:Response>';
    const entry = fakeEntry(1, {
      analysis: {
        decoded: { binding: 'raw', param: null, xml, encoded: xml },
        model: null,
        signature: null,
        trustedAssertion: null,
        findings: [],
      },
    });
    const host = mount(<XmlTab entry={entry} />);
    expect(host.querySelector('[data-testid=xml-loading]')).not.toBeNull();
    for (let i = 0; i < 100 && !host.querySelector('[data-testid=xml-view]'); i++) {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
    const view = host.querySelector('[data-testid=xml-view]')!;
    expect(view.querySelector('script, img')).toBeNull();
    expect(view.textContent).toContain('<script>alert(1)</script>');
    expect(view.textContent).toContain('samlp:Response');
  });
});

describe('DiagnosisTab', () => {
  it('names the AADSTS cause, the step and links to the setup assistant', async () => {
    const rec = recordFromErrorPage(
      {
        url: 'https://login.microsoftonline.com/t/saml2',
        code: 700016,
        message: 'AADSTS700016: Application with identifier JustCall was not found',
      },
      1,
      'content',
      1,
    );
    const [entry] = await analyseItems(recordsToItems([rec]), toContext(EMPTY_EXPECTED));
    const host = mount(<DiagnosisTab entry={entry!} />);
    expect(host.querySelector('[data-testid=diagnosis-headline]')?.textContent).toBe('AADSTS700016 — Identifier (Entity ID) not found');
    expect(host.querySelector('[data-testid=diagnosis-step]')?.getAttribute('data-step')).toBe('basic-saml');
    // The step by its number and title, never by our id (issue 13, point 10).
    expect(host.querySelector('[data-testid=diagnosis-step]')?.textContent).toMatch(/^Setup step 3: Basic SAML Configuration — /);
    expect(host.textContent).not.toContain('(basic-saml)');
    const link = host.querySelector('[data-testid=diagnosis-step] a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Open this step in the setup assistant');
    expect(link.getAttribute('href')).toContain('sidepanel.html#step=basic-saml');
  });
});

describe('an imported trace file’s claims', () => {
  it('are shown as the file’s, beside the doctor’s own verdict, never as it', async () => {
    const wrapped = readSample('xsw/crewjam_xsw_One.xml');
    const message = {
      time: '2025-03-01T10:00:05Z',
      url: 'https://bifrost.justcall.io/passport/login/callback',
      method: 'POST',
      direction: 'idp-to-sp' as const,
      binding: 'HTTP-POST' as const,
      kind: 'Response',
      encoded: '',
      xml: wrapped,
      redacted: true,
      verdict: 'valid' as const,
      findings: [{ id: 'x.fine', severity: 'info' as const, title: 'Everything is fine, says the file', detail: '', fix: '', step: null }],
    };
    const [entry] = await analyseItems([{ type: 'stored', seq: 0, url: message.url, method: 'POST', message }], toContext(EMPTY_EXPECTED));
    expect(entry?.verdict).toBe('wrapped');
    const host = mount(<DiagnosisTab entry={entry!} />);
    expect(host.querySelector('[data-testid=diagnosis]')?.getAttribute('data-tone')).toBe('error');
    expect(host.querySelector('[data-testid=claimed-verdict]')?.textContent).toMatch(
      /file claims the signature was “valid”.*checked here: wrapped/,
    );
    const checks = mount(<ChecksTab entry={entry!} />);
    expect(checks.querySelector('[data-testid=findings]')?.textContent).not.toContain('Everything is fine');
    expect(checks.querySelector('[data-testid=claimed-findings]')?.textContent).toContain('Everything is fine, says the file');
  });
});

describe('ConfirmDialog', () => {
  it('names everything an unredacted export includes', () => {
    const host = mount(
      <ConfirmDialog
        title="Export without redaction?"
        items={UNREDACTED_CONTENTS}
        confirmLabel="Export unredacted"
        onConfirm={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const text = host.textContent ?? '';
    for (const item of UNREDACTED_CONTENTS) expect(text).toContain(item);
  });
});
