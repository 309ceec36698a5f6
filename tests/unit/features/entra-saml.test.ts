// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createElement as h, useState, type ReactElement } from 'react';
import { basicSaml } from '@/utils/features/entra/basic-saml';
import { certificates } from '@/utils/features/entra/certificates';
import { claims } from '@/utils/features/entra/claims';
import { setupApp } from '@/utils/features/entra/setup-app';
import type { FillOptions } from '@/utils/features/types';
import { opts } from './support/plan';
import { SAML_PAGE } from './support/saml-page';
import { render, TextField, unmountAll } from './support/react-widgets';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** React rows like the simulated pane's UrlRows: inputs named by the group heading, a Default checkbox each, "Add …". */
function UrlRows(props: { id: string; label: string; addLabel: string; initial: string[] }): ReactElement {
  const [rows, setRows] = useState(props.initial.map((value, i) => ({ value, isDefault: i === 0 })));
  return h(
    'div',
    { role: 'group', 'aria-labelledby': props.id },
    h('div', { id: props.id }, props.label),
    h(
      'table',
      null,
      h(
        'tbody',
        null,
        rows.map((row, i) =>
          h(
            'tr',
            { key: i },
            h(
              'td',
              null,
              h('input', {
                type: 'text',
                'aria-labelledby': props.id,
                value: row.value,
                onChange: (e: { target: HTMLInputElement }) =>
                  setRows((r) => r.map((x, j) => (j === i ? { ...x, value: e.target.value } : x))),
              }),
            ),
            h('td', null, h('input', { type: 'checkbox', 'aria-label': 'Default', checked: row.isDefault, onChange: () => undefined })),
          ),
        ),
      ),
    ),
    h('button', { type: 'button', onClick: () => setRows((r) => [...r, { value: '', isDefault: r.length === 0 }]) }, props.addLabel),
  );
}

function Pane(props: { identifiers: string[]; replyUrls: string[] }): ReactElement {
  return h(
    'aside',
    { role: 'dialog', 'aria-labelledby': 'pane-title' },
    h('h2', { id: 'pane-title' }, 'Basic SAML Configuration'),
    h('button', { type: 'button' }, 'Save'),
    h(UrlRows, { id: 'rows-id', label: 'Identifier (Entity ID)', addLabel: 'Add identifier', initial: props.identifiers }),
    h(UrlRows, {
      id: 'rows-reply',
      label: 'Reply URL (Assertion Consumer Service URL)',
      addLabel: 'Add reply URL',
      initial: props.replyUrls,
    }),
    h(TextField, { label: 'Sign on URL (Optional)' }),
    h(TextField, { label: 'Relay State (Optional)' }),
    h(TextField, { label: 'Logout Url (Optional)', initial: 'https://app.example.test/logout' }),
  );
}

const VALUES = {
  identifier: 'JustCall',
  replyUrl: 'https://bifrost.justcall.io/passport/login/callback',
  signOnUrl: 'https://app.justcall.io/login',
};

beforeEach(() => {
  document.body.innerHTML = SAML_PAGE;
});
afterEach(() => unmountAll());

describe('SAML page, read', () => {
  test('section 4 "Set up <app>" gives Login URL, Identifier and its own Logout URL', () => {
    expect(setupApp.collect(document)).toEqual({
      loginUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
      identifier: `https://sts.windows.net/${TENANT}/`,
      logoutUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
    });
  });

  test('older pages say "Azure AD Identifier"', () => {
    const label = document.querySelector('label[for="c2"]');
    if (label) label.textContent = 'Azure AD Identifier';
    expect(setupApp.collect(document).identifier).toBe(`https://sts.windows.net/${TENANT}/`);
  });

  test('section 1 summary: "Logout Url" is the app\'s, and "Required"/"Optional" mean empty', () => {
    const read = basicSaml.collect(document);
    expect(read.from).toBe('summary');
    expect(read.identifiers).toEqual([{ value: 'JustCall', isDefault: null }]);
    expect(read.replyUrls).toEqual([]);
    expect(read.signOnUrl).toBe('');
    expect(read.logoutUrl).toBe('https://app.example.test/logout');
  });

  test('section 3 certificates, with the Base64 download link', () => {
    expect(certificates.collect(document)).toEqual({
      status: 'Active',
      thumbprint: 'AB12CD34EF56AB12CD34EF56AB12CD34EF56AB12',
      expiration: '11/28/28, 9:00 PM UTC',
      notificationEmail: 'admin@contoso.onmicrosoft.com',
      metadataUrl: `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=a1`,
      certificateBase64Url: new URL('/api/entra/apps/o1/certificates/c1/base64', document.baseURI).href,
    });
  });

  test('section 2 summary reads claim names without a namespace', () => {
    const read = claims.collect(document);
    expect(read.from).toBe('summary');
    expect(read.claims).toEqual([{ name: 'givenname', namespace: null, sourceAttribute: 'user.givenname' }]);
    expect(read.nameIdSource).toBe('user.userprincipalname');
  });
});

function fillPane(options: FillOptions) {
  if (!basicSaml.fill) throw new Error('basic SAML has no fill');
  return basicSaml.fill.insert(document, VALUES, options);
}

describe('Basic SAML Configuration pane, fill', () => {
  test('an empty pane is filled; the second fill changes nothing; Logout Url is left alone', async () => {
    render(h(Pane, { identifiers: [''], replyUrls: [''] }));
    expect(basicSaml.detect(document)?.getAttribute('role')).toBe('dialog');
    const first = await fillPane(opts());
    expect(first?.map((r) => [r.field, r.status])).toEqual([
      ['identifier', 'filled'],
      ['replyUrl', 'filled'],
      ['signOnUrl', 'filled'],
    ]);
    const read = basicSaml.collect(document);
    expect(read.from).toBe('pane');
    expect(read.identifiers).toEqual([{ value: 'JustCall', isDefault: true }]);
    expect(read.replyUrls[0]?.value).toBe(VALUES.replyUrl);
    expect(read.logoutUrl).toBe('https://app.example.test/logout');
    const second = await fillPane(opts());
    expect(second?.map((r) => r.status)).toEqual(['already-right', 'already-right', 'already-right']);
    expect(basicSaml.commit?.(document)[0]?.el.textContent).toBe('Save');
  });

  test('a different existing identifier is a conflict, untouched; addRow adds a row instead', async () => {
    render(h(Pane, { identifiers: ['urn:old'], replyUrls: [''] }));
    const conflict = await fillPane(opts());
    expect(conflict?.[0]).toMatchObject({ field: 'identifier', status: 'conflict', before: 'urn:old' });
    expect(basicSaml.collect(document).identifiers.map((r) => r.value)).toEqual(['urn:old']);
    const added = await fillPane({ ...opts(), addRow: true, timeoutMs: 1000 });
    expect(added?.[0]?.status).toBe('filled');
    expect(basicSaml.collect(document).identifiers.map((r) => r.value)).toEqual(['urn:old', 'JustCall']);
  });

  test('with the pane closed, fill says to open it', async () => {
    const results = await fillPane(opts());
    expect(results?.map((r) => r.status)).toEqual(['not-found', 'not-found']);
    expect(results?.[0]?.problem).toMatch(/Edit/);
  });
});
