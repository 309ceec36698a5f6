// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { createElement as h } from 'react';
import { provisioning } from '@/utils/features/entra/provisioning';
import { provisioningCredentials } from '@/utils/features/entra/provisioning-credentials';
import { opts } from './support/plan';
import { Dropdown, render, unmountAll } from './support/react-widgets';

/** A Knockout-style form: each model observable updates only on `change`, as the value binding does. */
function knockoutCredentials(): { tenantUrl: () => string; secretToken: () => string } {
  document.body.innerHTML = `<div class="ko-form" data-bind="with: adminCredentials">
    <div><label for="ko-tenant-url">Tenant URL</label><input id="ko-tenant-url" type="text" data-bind="value: tenantUrl"></div>
    <div><label for="ko-secret-token">Secret Token</label><input id="ko-secret-token" type="password" data-bind="value: secretToken"></div>
    <button type="button" data-bind="click: testConnection">Test Connection</button></div>`;
  const model = { tenantUrl: '', secretToken: '' };
  for (const [id, key] of [
    ['ko-tenant-url', 'tenantUrl'],
    ['ko-secret-token', 'secretToken'],
  ] as const) {
    const input = document.getElementById(id) as HTMLInputElement;
    input.addEventListener('change', () => {
      model[key] = input.value;
    });
  }
  return { tenantUrl: () => model.tenantUrl, secretToken: () => model.secretToken };
}

afterEach(() => {
  unmountAll();
  document.body.innerHTML = '';
});

describe('Admin Credentials (Knockout frame)', () => {
  test('fills Tenant URL and Secret Token so the change-only model sees them; the token never appears in results', async () => {
    const model = knockoutCredentials();
    expect(provisioningCredentials.detect(document)).not.toBeNull();
    const results = await provisioningCredentials.fill?.insert(
      document,
      { tenantUrl: 'https://scim.justcall.io/v2/acct-1', secretToken: 'jc_scim_secret' },
      opts(),
    );
    expect(results?.map((r) => [r.field, r.status])).toEqual([
      ['tenantUrl', 'filled'],
      ['secretToken', 'filled'],
    ]);
    expect(model.tenantUrl()).toBe('https://scim.justcall.io/v2/acct-1');
    expect(model.secretToken()).toBe('jc_scim_secret');
    expect(JSON.stringify(results)).not.toContain('jc_scim_secret');
    expect(provisioningCredentials.collect(document)).toEqual({
      tenantUrl: 'https://scim.justcall.io/v2/acct-1',
      secretTokenPresent: true,
      testMessage: null,
    });
    expect(provisioningCredentials.commit?.(document)[0]?.el.textContent).toBe('Test Connection');
  });
});

describe('Provisioning blade', () => {
  test('switches Provisioning Mode to Automatic through the custom dropdown, and reads mappings and status', async () => {
    document.body.innerHTML = `<div><h2>Provisioning</h2><div id="mode"></div>
      <table><thead><tr><th>Microsoft Entra ID Attribute</th><th>JustCall Attribute</th></tr></thead>
      <tbody><tr><td>userPrincipalName</td><td>userName</td></tr><tr><td>givenName</td><td>name.givenName</td></tr></tbody></table>
      <div role="group" aria-label="Provisioning Status"><div>Provisioning Status</div>
        <button aria-pressed="false">On</button><button aria-pressed="true">Off</button></div></div>`;
    const slot = document.getElementById('mode');
    if (!slot) throw new Error('no slot');
    render(h(Dropdown, { label: 'Provisioning Mode', options: ['Manual', 'Automatic'], initial: 'Manual' }), slot);
    expect(provisioning.collect(document)).toEqual({
      from: 'editor',
      mode: 'Manual',
      scope: null,
      status: 'Off',
      mappings: [
        { source: 'userPrincipalName', target: 'userName' },
        { source: 'givenName', target: 'name.givenName' },
      ],
    });
    const results = await provisioning.fill?.insert(document, { mode: 'Automatic' }, { ...opts(), timeoutMs: 1000 });
    expect(results?.[0]).toMatchObject({ field: 'mode', status: 'filled', before: 'Manual', after: 'Automatic' });
    // Only the mode filled: Save is not what comes next (issue 13, point 4); the credentials and their test are.
    expect(provisioning.commit?.(document)).toEqual([]);
    expect(provisioning.notes?.(document)[0]).toMatch(/^Admin Credentials: .*Test Connection/);
  });
});
