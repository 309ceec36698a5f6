// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createElement as h } from 'react';
import { justcallSso } from '@/utils/features/justcall/sso';
import { justcallProvisioning } from '@/utils/features/justcall/provisioning';
import { opts } from './support/plan';

function fillSso(values: Parameters<NonNullable<typeof justcallSso.fill>['insert']>[1], timeoutMs?: number) {
  if (!justcallSso.fill) throw new Error('JustCall SSO has no fill');
  return justcallSso.fill.insert(document, values, { ...opts(), ...(timeoutMs ? { timeoutMs } : {}) });
}
import { installDataTransfer } from '@/tests/unit/dom/support/jsdom-data-transfer';
import { Dropdown, render, TextField, unmountAll } from './support/react-widgets';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIC8DCCAdigAwIBAgIQ\n-----END CERTIFICATE-----\n';
const VALUES = {
  ssoUrl: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/saml2',
  issuer: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
  certificatePem: PEM,
  defaultRole: 'Agent',
};

function ssoPage(): void {
  document.body.innerHTML = `
    <div class="jc-page"><h1>Single Sign-On</h1>
      <div><span id="t">Enable SSO</span><button role="switch" aria-checked="true" aria-labelledby="t"></button>
        <div role="radiogroup" aria-label="Protocol"><label><input type="radio" checked><span>SAML 2.0</span></label></div></div>
      <div><h2>Service provider details</h2>
        <div><label for="acs">ACS URL</label><input id="acs" readonly value="https://bifrost.justcall.io/passport/login/callback"></div>
        <div><label for="eid">Entity ID</label><input id="eid" readonly value="JustCall"></div></div>
      <form id="idp"><h2>Identity provider details</h2>
        <div><label for="cert">Certificate</label><input id="cert" type="file" accept=".cer,.pem,.crt"></div>
        <button type="submit">Save Configuration</button><button type="button">Test Connection</button></form>
    </div>`;
  const form = document.getElementById('idp');
  if (!form) throw new Error('no form');
  render(h(TextField, { label: 'SSO URL', type: 'url' }), form);
  render(h(TextField, { label: 'Issuer / Entity ID' }), form);
  render(h(Dropdown, { label: 'Default Role', options: ['Agent', 'Supervisor', 'Admin'] }), form);
}

beforeAll(() => installDataTransfer(window));
afterEach(() => {
  unmountAll();
  document.body.innerHTML = '';
});

describe('JustCall Single Sign-On', () => {
  test('reads the read-only SP values; "Entity ID" is not "Issuer / Entity ID"', () => {
    ssoPage();
    expect(justcallSso.collect(document)).toEqual({
      enabled: true,
      samlSelected: true,
      acsUrl: 'https://bifrost.justcall.io/passport/login/callback',
      entityId: 'JustCall',
      ssoUrl: '',
      issuer: '',
      defaultRole: 'Select a role',
      uploadedCertificate: null,
      issuerField: true,
      certificateText: null,
      lastSaved: false,
      status: null,
    });
  });

  test('fills SSO URL, Issuer, the certificate file and Default Role; twice changes nothing; Save is only found', async () => {
    ssoPage();
    let saved = 0;
    document.getElementById('idp')?.addEventListener('submit', () => saved++);
    const first = await fillSso({ ...VALUES, certificateFileName: 'JustCall.cer' }, 1000);
    expect(first?.map((r) => [r.field, r.status])).toEqual([
      ['ssoUrl', 'filled'],
      ['issuer', 'filled'],
      ['certificate', 'filled'],
      ['defaultRole', 'filled'],
    ]);
    const input = document.getElementById('cert') as HTMLInputElement;
    expect(await input.files?.[0]?.text()).toBe(PEM);
    const read = justcallSso.collect(document);
    expect([read.ssoUrl, read.issuer, read.defaultRole, read.entityId]).toEqual([VALUES.ssoUrl, VALUES.issuer, 'Agent', 'JustCall']);
    const second = await fillSso({ ...VALUES, certificateFileName: 'JustCall.cer' });
    expect(second?.map((r) => r.status)).toEqual(['already-right', 'already-right', 'already-right', 'already-right']);
    expect(justcallSso.commit?.(document).map((h) => h.el.textContent)).toEqual(['Save Configuration']);
    // Test Connection is pointed at only once JustCall shows the saved configuration.
    expect(justcallSso.nextClick?.(document)).toBeNull();
    document.getElementById('idp')?.insertAdjacentHTML('beforeend', '<p>Last saved just now</p>');
    expect(justcallSso.nextClick?.(document)?.el.textContent).toBe('Test Connection');
    // Passed: nothing left to click.
    document.getElementById('idp')?.insertAdjacentHTML('beforeend', '<p role="status">Connection successful</p>');
    expect(justcallSso.nextClick?.(document)).toBeNull();
    expect(saved).toBe(0);
  });

  test('an already uploaded certificate is a conflict unless its thumbprint is ours', async () => {
    ssoPage();
    document
      .getElementById('cert')
      ?.insertAdjacentHTML(
        'afterend',
        '<div aria-label="Uploaded certificate"><div>Uploaded: old.cer</div><div>Thumbprint: <span>AA:BB</span></div></div>',
      );
    const values = { ...VALUES, certificateFileName: 'JustCall.cer' };
    const conflict = await fillSso({ ...values, certificateThumbprint: 'CCDD' }, 500);
    expect(conflict?.find((r) => r.field === 'certificate')?.status).toBe('conflict');
    const same = await fillSso({ ...values, certificateThumbprint: 'aabb' }, 500);
    expect(same?.find((r) => r.field === 'certificate')?.status).toBe('already-right');
  });
});

describe("JustCall's help-article layouts", () => {
  function articlePage(idpLabel: string): void {
    document.body.innerHTML = `
      <div class="jc-page"><h1>Single Sign-On</h1>
        <div><span id="t">Enable SSO</span><button role="switch" aria-checked="true" aria-labelledby="t"></button></div>
        <form id="idp"><label for="x509">X.509 Certificate</label><textarea id="x509"></textarea>
          <button type="submit">Save Configuration</button></form></div>`;
    const form = document.getElementById('idp');
    if (!form) throw new Error('no form');
    render(h(TextField, { label: idpLabel, type: 'url' }), form);
  }

  for (const label of ['Entry Point URL', 'SAML 2.0 Endpoint (HTTP)']) {
    test(`"${label}", a pasted X.509 certificate, no Issuer and no Default Role: each field the page has is filled, and only those`, async () => {
      articlePage(label);
      const results = await fillSso({ ...VALUES, certificateFileName: 'JustCall.cer' }, 1000);
      expect(results?.map((r) => [r.field, r.status])).toEqual([
        ['ssoUrl', 'filled'],
        ['certificate', 'filled'],
      ]);
      expect((document.getElementById('x509') as HTMLTextAreaElement).value).toBe(PEM);
      const read = justcallSso.collect(document);
      expect(read.issuerField).toBe(false);
      expect(justcallSso.notes?.(document)).toEqual(
        expect.arrayContaining([expect.stringMatching(/no Issuer field/), expect.stringMatching(/no Default Role field/)]),
      );
      const again = await fillSso({ ...VALUES, certificateFileName: 'JustCall.cer' }, 1000);
      expect(again?.map((r) => r.status)).toEqual(['already-right', 'already-right']);
    });
  }

  test('"User provisioning is currently not supported" is reported, not waited on', () => {
    document.body.innerHTML = '<main><h1>Provisioning</h1><p>User provisioning is currently not supported.</p></main>';
    expect(justcallProvisioning.detect(document)).not.toBeNull();
    expect(justcallProvisioning.collect(document).unavailable).toBe('not-supported');
  });
});

describe('JustCall Provisioning', () => {
  const page = (token: string, type: string): void => {
    document.body.innerHTML = `<div><h1>Provisioning</h1>
      <div><label for="tu">Tenant URL</label><input id="tu" readonly value="https://scim.justcall.io/v2/acct-1"></div>
      <div><label for="tk">Secret Token</label><div><input id="tk" type="${type}" readonly value="${token}">
        <button type="button">Reveal</button><button type="button">Copy</button></div></div></div>`;
  };

  test('a masked token is reported as masked, with the Reveal button to point at', () => {
    page('••••••••••••', 'password');
    expect(justcallProvisioning.collect(document)).toEqual({
      tenantUrl: 'https://scim.justcall.io/v2/acct-1',
      secretToken: null,
      tokenMasked: true,
      unavailable: null,
    });
    expect(justcallProvisioning.nextClick?.(document)?.el.textContent).toBe('Reveal');
  });

  test('a revealed token is read', () => {
    page('jc_scim_3f9a', 'text');
    expect(justcallProvisioning.collect(document)).toMatchObject({ secretToken: 'jc_scim_3f9a', tokenMasked: false });
  });
});
