// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { rememberRows } from '@/utils/dom/grid-rows';
import { renderedIndexedRows } from '@/utils/dom/read-table';
import { claims } from '@/utils/features/entra/claims';
import { usersGroups } from '@/utils/features/entra/users-groups';
import { emptySession, type SetupSession } from '@/utils/setup/session';
import { evalClaims } from '@/utils/setup/wizard/step-states';
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
