// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { createElement as h, type ReactElement } from 'react';
import { claims, planFromPage } from '@/utils/features/entra/claims';
import type { FillOptions } from '@/utils/features/types';
import { opts } from './support/plan';
import { Combobox, render, TextField, unmountAll } from './support/react-widgets';

const NS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
const ATTRIBUTES = ['user.mail', 'user.userprincipalname', 'user.givenname', 'user.surname', 'user.mailnickname'];

/** The claims page as the simulated Entra draws it, with its default claims. */
const CLAIMS_PAGE = `
<div class="page">
  <div role="toolbar"><button type="button">Add new claim</button></div>
  <section aria-label="Required claim"><h3>Required claim</h3>
    <table><thead><tr><th>Claim name</th><th>Type</th><th>Value</th></tr></thead>
    <tbody><tr><td><button>Unique User Identifier (Name ID)</button></td><td>SAML</td><td>user.userprincipalname [nameid-for...</td></tr></tbody></table>
  </section>
  <section aria-label="Additional claims"><h3>Additional claims</h3>
    <table><thead><tr><th>Claim name</th><th>Type</th><th>Value</th><th aria-label="Actions"></th></tr></thead>
    <tbody>
      ${['emailaddress:user.mail', 'givenname:user.givenname', 'name:user.userprincipalname', 'surname:user.surname']
        .map((pair) => {
          const [name, attr] = pair.split(':');
          return `<tr><td><button>${NS}/${name}</button></td><td>SAML</td><td>${attr}</td><td><button aria-label="More options">…</button></td></tr>`;
        })
        .join('')}
    </tbody></table>
  </section>
</div>`;

function ManageClaim(props: { name: string; namespace: string; attribute: string; onAttr: (v: string) => void }): ReactElement {
  return h(
    'aside',
    { role: 'dialog', 'aria-labelledby': 'mc' },
    h('h2', { id: 'mc' }, 'Manage claim'),
    h(TextField, { label: 'Name', initial: props.name }),
    h(TextField, { label: 'Namespace', initial: props.namespace }),
    h(
      'div',
      { role: 'radiogroup', 'aria-labelledby': 'src' },
      h('div', { id: 'src' }, 'Source'),
      h('label', null, h('input', { type: 'radio', name: 's', defaultChecked: true }), h('span', null, 'Attribute')),
      h('label', null, h('input', { type: 'radio', name: 's' }), h('span', null, 'Transformation')),
    ),
    h(Combobox, { label: 'Source attribute', options: ATTRIBUTES, initial: props.attribute, onValue: props.onAttr }),
  );
}

afterEach(() => {
  unmountAll();
  document.body.innerHTML = '';
});

function fillManageClaim(values: { name: string; sourceAttribute: string; convertsDefault?: boolean }, options: FillOptions) {
  if (!claims.fill) throw new Error('claims has no fill');
  return claims.fill.insert(document, { convertsDefault: false, ...values }, options);
}

function paneValues(rowsSeen?: Record<string, string>[]): unknown {
  const plan = {
    feature: 'entra/claims' as const,
    values: {},
    sources: {},
    certificate: null,
    secretToken: null,
    clickSave: false,
    missing: [],
  };
  return claims.fill?.values?.({ ...plan, ...(rowsSeen ? { rowsSeen } : {}) }, document);
}

describe('Attributes & Claims page', () => {
  test('reads the claims (namespace split from the URI), keeps the Name ID apart, and plans edits', () => {
    document.body.innerHTML = CLAIMS_PAGE;
    const read = claims.collect(document);
    expect(read.from).toBe('claims-page');
    expect(read.nameIdSource).toBe('user.userprincipalname');
    expect(read.claims).toEqual([
      { name: 'emailaddress', namespace: NS, sourceAttribute: 'user.mail' },
      { name: 'givenname', namespace: NS, sourceAttribute: 'user.givenname' },
      { name: 'name', namespace: NS, sourceAttribute: 'user.userprincipalname' },
      { name: 'surname', namespace: NS, sourceAttribute: 'user.surname' },
    ]);
    const plan = planFromPage(document);
    expect(plan.actions.map((a) => a.kind)).toEqual(['edit', 'edit', 'edit']);
    const first = plan.actions[0];
    if (first?.kind !== 'edit') throw new Error('expected edit');
    expect(claims.nextClick?.(document)?.el.textContent).toBe(`${NS}/emailaddress`);
  });
});

describe('Manage claim pane', () => {
  test('renames, clears the namespace, keeps Attribute and picks the source attribute through the combobox', async () => {
    let committed = '';
    render(h(ManageClaim, { name: 'emailaddress', namespace: NS, attribute: 'user.userprincipalname', onAttr: (v) => (committed = v) }));
    expect(claims.detect(document)?.getAttribute('role')).toBe('dialog');
    const agreed = { ...opts('name', 'sourceAttribute'), timeoutMs: 1000 };
    const results = await fillManageClaim({ name: 'email', sourceAttribute: 'user.mail' }, agreed);
    expect(results.map((r) => [r.field, r.status])).toEqual([
      ['name', 'filled'],
      ['namespace', 'filled'],
      ['source', 'already-right'],
      ['sourceAttribute', 'filled'],
    ]);
    expect(committed).toBe('user.mail');
    const again = await fillManageClaim({ name: 'email', sourceAttribute: 'user.mail' }, agreed);
    expect(again.map((r) => r.status)).toEqual(['already-right', 'already-right', 'already-right', 'already-right']);
  });

  test('without consent a different Name is a conflict (the namespace is still cleared: the plan asked for it)', async () => {
    render(h(ManageClaim, { name: 'emailaddress', namespace: NS, attribute: 'user.mail', onAttr: () => undefined }));
    const results = await fillManageClaim({ name: 'email', sourceAttribute: 'user.mail' }, opts());
    expect(results.map((r) => r.status)).toEqual(['conflict', 'filled', 'already-right', 'already-right']);
  });

  test('a pane drawn apart from the list (its own React view) plans from the claim it shows, and converting it needs no extra consent', async () => {
    render(h(ManageClaim, { name: 'emailaddress', namespace: NS, attribute: 'user.mail', onAttr: () => undefined }));
    expect(paneValues()).toEqual({ name: 'email', sourceAttribute: 'user.mail', convertsDefault: true });
    const results = await fillManageClaim({ name: 'email', sourceAttribute: 'user.mail', convertsDefault: true }, opts());
    expect(results.map((r) => r.status)).toEqual(['filled', 'filled', 'already-right', 'already-right']);
  });

  test('an empty "Add new claim" pane apart from the list gets the claim the list the session saw still lacks', () => {
    render(h(ManageClaim, { name: '', namespace: '', attribute: '', onAttr: () => undefined }));
    const seen = [
      { name: 'email', namespace: '', source: 'user.mail' },
      { name: 'firstName', namespace: '', source: 'user.givenname' },
    ];
    expect(paneValues(seen)).toEqual({ name: 'lastName', sourceAttribute: 'user.surname', convertsDefault: false });
  });

  test('a list the session saw that does not name the open claim (read in words it had no labels for): the pane decides', () => {
    render(h(ManageClaim, { name: 'givenname', namespace: NS, attribute: 'user.givenname', onAttr: () => undefined }));
    const seen = [{ name: 'Anspruchsname', namespace: '', source: 'Wert' }];
    expect(paneValues(seen)).toEqual({ name: 'firstName', sourceAttribute: 'user.givenname', convertsDefault: true });
  });

  test('no pane open: not-found with a hint', async () => {
    const results = await fillManageClaim({ name: 'email', sourceAttribute: 'user.mail' }, opts('name', 'sourceAttribute'));
    expect(results[0]?.status).toBe('not-found');
  });
});
