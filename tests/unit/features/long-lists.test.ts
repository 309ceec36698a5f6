// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { rememberRows } from '@/utils/dom/grid-rows';
import { renderedIndexedRows } from '@/utils/dom/read-table';
import { claims } from '@/utils/features/entra/claims';
import { usersGroups } from '@/utils/features/entra/users-groups';
import { emptySession, type ObservedValue, type SetupSession } from '@/utils/setup/session';
import type { SetupObserved } from '@/utils/messages/setup';
import { evalClaims } from '@/utils/setup/wizard/step-states';
import { applyObservation } from '@/utils/background/setup/observations';
import { bodyMarkup, gridMarkup } from '@/tests/unit/dom/support/virtual-grid';

/**
 * Features on lists a virtualised grid renders only in part (Fluent's
 * DetailsList, portal-dom-evidence point 5): what they conclude from the
 * rows they have, and what they leave open.
 */

const T0 = new Date('2026-12-01T10:00:00Z');
const COLUMNS = ['Claim name', 'Type', 'Value'];
const extra = Array.from({ length: 80 }, (_, i) => [`department${i + 1}`, 'SAML', 'user.department']);
const justcall = [
  ['email', 'SAML', 'user.mail'],
  ['firstName', 'SAML', 'user.givenname'],
  ['lastName', 'SAML', 'user.surname'],
];
const ALL = [...extra, ...justcall];

function claimsPage(from: number, to: number, rows = ALL): void {
  document.body.innerHTML = `<div class="page">
    <div role="menubar"><button role="menuitem">Add new claim</button></div>
    <span>Additional claims</span>
    ${gridMarkup({ label: 'Additional claims', columns: COLUMNS, rows, from, to })}</div>`;
}

function drawWindow(from: number, to: number, rows = ALL): void {
  const page = document.querySelector('.ms-List-page');
  if (page) page.innerHTML = bodyMarkup({ label: '', columns: COLUMNS, rows, from, to });
}

function sessionWith(values: Record<string, unknown>): SetupSession {
  const s = emptySession(T0);
  s.observations['entra/claims'] = { url: 'https://entra.microsoft.com/', at: T0.toISOString(), saved: true, values: values as never };
  return s;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a claims list read only in part', () => {
  it('reports how much it read, offers the list to read whole, and points at nothing', () => {
    claimsPage(0, 40);
    const read = claims.collect(document);
    expect(read.partial).toEqual({ known: 40, total: 83 });
    expect(claims.lists?.(document)).toEqual([{ table: document.querySelector('[role="grid"]'), known: 40, total: 83, complete: false }]);
    expect(claims.notes?.(document)).toEqual([expect.stringContaining('read only in part (40 of 83 claims)')]);
    expect(claims.notes?.(document)?.[0]).toContain('"Read all 83 rows"');
    // Its plan would add email, firstName and lastName, which are further down: nothing is pointed at.
    expect(claims.nextClick?.(document)).toBeNull();
    const observed = claims.observe?.(read, document);
    expect(observed?.values).toMatchObject({ claimsRead: 40, claimsTotal: 83 });
  });

  it('the wizard says the unseen claims were not read, not that they are missing, and the step is a problem', () => {
    claimsPage(0, 40);
    const observed = claims.observe?.(claims.collect(document), document);
    const s = sessionWith(observed?.values ?? {});
    const problems = claims.mismatches?.(s) ?? [];
    expect(problems.map((p) => p.id)).toEqual(['claims-list-partial']);
    expect(problems[0]?.detail).toContain('read 40 of 83');
    expect(problems[0]?.detail).toContain('"email", "firstName", "lastName" are not among them');
    expect(evalClaims(s, problems)).toEqual({ state: 'problem', summary: 'The claims list was read only in part' });
  });

  it('a wrong claim among the rows read is reported as wrong even while the rest is unread', () => {
    const rows = [['email', 'SAML', 'user.userprincipalname'], ...extra, ...justcall.slice(1)];
    claimsPage(0, 40, rows);
    const s = sessionWith(claims.observe?.(claims.collect(document), document)?.values ?? {});
    const ids = (claims.mismatches?.(s) ?? []).map((p) => p.id);
    expect(ids).toContain('claim-email');
    expect(ids).toContain('claims-list-partial');
  });

  it('once every row was read (scrolled through), it is whole: the plan, the notes and the wizard are as for a short list', () => {
    claimsPage(0, 40);
    const grid = document.querySelector('[role="grid"]');
    if (!grid) throw new Error('no grid');
    rememberRows(grid, renderedIndexedRows(grid));
    drawWindow(40, 83);
    rememberRows(grid, renderedIndexedRows(grid));
    drawWindow(0, 40);
    const read = claims.collect(document);
    expect(read.partial).toBeNull();
    expect(read.claims).toHaveLength(83);
    expect(claims.notes?.(document)).toContain('All three claims are right. Leave "name" and the Unique User Identifier as they are.');
    const observed = claims.observe?.(read, document);
    expect(observed?.values).not.toHaveProperty('claimsRead');
    const s = sessionWith(observed?.values ?? {});
    expect(claims.mismatches?.(s)).toEqual([]);
    expect(evalClaims(s, []).state).toBe('done');
  });

  it('keeps at most 200 rows in the session, JustCall’s claims always among them', () => {
    const many = [...Array.from({ length: 300 }, (_, i) => [`attr${i}`, 'SAML', 'user.department']), ...justcall];
    claimsPage(0, many.length, many);
    const values = claims.observe?.(claims.collect(document), document)?.values ?? {};
    const rows = values.claims as { name: string }[];
    expect(rows).toHaveLength(200);
    expect(rows.slice(-3).map((r) => r.name)).toEqual(['email', 'firstName', 'lastName']);
  });
});

describe('a claims page still drawing', () => {
  it('does not take the Required claim grid for the additional claims while that list is not drawn yet: nothing is read', () => {
    document.body.innerHTML = `<div class="page">
      <div role="menubar"><button role="menuitem">Add new claim</button></div>
      <span>Required claim</span>
      ${gridMarkup({ label: 'Required claim', columns: COLUMNS, rows: [['Unique User Identifier (Name ID)', 'SAML', 'user.userprincipalname']], from: 0, to: 1 })}
      <span>Additional claims</span></div>`;
    const read = claims.collect(document);
    expect(read.from).toBe('none');
    expect(claims.observe?.(read, document)).toBeNull();
    // Drawn: the additional grid is read, the Name ID from the required one.
    document
      .querySelector('.page')
      ?.insertAdjacentHTML('beforeend', gridMarkup({ label: 'Additional claims', columns: COLUMNS, rows: justcall, from: 0, to: 3 }));
    const drawn = claims.collect(document);
    expect(drawn.claims.map((c) => c.name)).toEqual(['email', 'firstName', 'lastName']);
    expect(drawn.nameIdSource).toBe('user.userprincipalname');
  });
});

describe("the shell's blade header over a React view", () => {
  it('"Attributes & Claims" over the app\'s name is no claims summary: nothing is read in the top frame', () => {
    document.body.innerHTML = `<section class="fxs-blade fxs-stacklayout" data-contenttitle="Attributes &amp; Claims">
      <header class="fxs-blade-header"><div class="fxs-blade-title">
        <h2 class="fxs-blade-title-titleText">Attributes &amp; Claims</h2><div class="fxs-blade-title-subtitle">JustCall</div>
      </div></header>
      <div class="fxs-blade-content-wrapper"><div class="fxs-blade-content-container"><iframe class="fxs-reactview-frame"></iframe></div></div></section>`;
    const read = claims.collect(document);
    expect(read.from).toBe('none');
    expect(claims.observe?.(read, document)).toBeNull();
  });
});

describe('a partial read after a whole one', () => {
  const whole = () => {
    claimsPage(0, 83);
    return claims.observe?.(claims.collect(document), document)?.values ?? {};
  };
  const partial = (rows = ALL) => {
    claimsPage(0, 40, rows);
    return claims.observe?.(claims.collect(document), document)?.values ?? {};
  };
  const observed = (values: Record<string, ObservedValue>): SetupObserved => ({
    type: 'setup:observed',
    feature: 'entra/claims',
    url: 'https://entra.microsoft.com/',
    saved: true,
    values,
  });

  it('leaves the whole read in place when the list still holds as many claims and every row read agrees', () => {
    const s = emptySession(T0);
    const first = whole();
    applyObservation(s, observed(first), T0.toISOString());
    applyObservation(s, observed(partial()), T0.toISOString());
    expect(s.observations['entra/claims']?.values).toEqual(first);
    expect(evalClaims(s, claims.mismatches?.(s) ?? []).state).toBe('done');
  });

  it('takes the partial read when a row read differs, or the list holds another number of claims', () => {
    const s = emptySession(T0);
    applyObservation(s, observed(whole()), T0.toISOString());
    const changed = [['department1', 'SAML', 'user.jobtitle'], ...ALL.slice(1)];
    const next = partial(changed);
    applyObservation(s, observed(next), T0.toISOString());
    expect(s.observations['entra/claims']?.values).toEqual(next);

    applyObservation(s, observed(whole()), T0.toISOString());
    const longer = partial([...ALL, ['department99', 'SAML', 'user.department']]);
    applyObservation(s, observed(longer), T0.toISOString());
    expect(s.observations['entra/claims']?.values).toEqual(longer);
  });
});

describe('Users and groups in a long list', () => {
  it('counts what the grid says it holds, not the rows it renders', () => {
    const rows = Array.from({ length: 250 }, (_, i) => [`User ${i + 1}`, 'User', 'Default Access']);
    document.body.innerHTML = `<div><div role="menubar"><button role="menuitem">Add user/group</button></div>
      ${gridMarkup({ label: 'Users and groups', columns: ['Display Name', 'Object Type', 'Role assigned'], rows, from: 0, to: 30 })}</div>`;
    const read = usersGroups.collect(document);
    expect(read.assignments).toHaveLength(30);
    expect(read.count).toBe(250);
    expect(usersGroups.observe?.(read, document)).toEqual({ saved: true, values: { assigned: 250 } });
  });
});
