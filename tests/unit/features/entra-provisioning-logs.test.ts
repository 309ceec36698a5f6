// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { provisioningLogs } from '@/utils/features/entra/provisioning-logs';
import { ENTRA_FEATURES } from '@/utils/features/entra';
import { provisioningResult } from '@/utils/setup/wizard/provisioning-result';
import { emptySession, type SetupSession } from '@/utils/setup/session';

/** Markup in the shape of the world's Provisioning logs view (grid, detail pane), banner and notifications. */
function logsPage(detail: { code: string; reason: string } | null, extra = ''): void {
  document.body.innerHTML = `<section aria-label="Provisioning logs"><h2>Provisioning logs</h2>
    <table role="grid" aria-label="Provisioning logs"><thead><tr><th>Date</th><th>Identity</th><th>Action</th><th>Source System</th><th>Target System</th><th>Status</th></tr></thead>
    <tbody>
      <tr><td>3/4/25 10:20 UTC</td><td>Adele Vance</td><td>Create</td><td>Azure Active Directory</td><td>JustCall</td><td>Failure</td></tr>
      <tr><td>3/4/25 10:21 UTC</td><td>Alex Wilber</td><td>Other</td><td>Azure Active Directory</td><td>JustCall</td><td>Skipped</td></tr>
      <tr><td>3/4/25 10:22 UTC</td><td>Lynne Robbins</td><td>Update</td><td>Azure Active Directory</td><td>JustCall</td><td>Success</td></tr>
    </tbody></table>
    ${detail ? `<aside aria-label="Provisioning log details"><dl class="props"><dt>Error Code</dt><dd>${detail.code}</dd><dt>Reason</dt><dd>${detail.reason}</dd></dl></aside>` : ''}
    </section>${extra}`;
}

function sessionWith(values: Record<string, unknown>): SetupSession {
  const s = emptySession(new Date('2025-03-04T10:00:00Z'));
  const observation = { url: 'https://entra.microsoft.com/', at: '2025-03-04T10:30:00.000Z', saved: true, values: values as never };
  return { ...s, observations: { 'entra/provisioning-logs': observation } };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('entra/provisioning-logs (read only)', () => {
  test('is registered with the Entra features and fills nothing', () => {
    expect(ENTRA_FEATURES).toContain(provisioningLogs);
    expect(provisioningLogs.fill).toBeUndefined();
  });

  test('reads the grid’s actions and statuses (never the Identity column) and the opened record’s error code and reason', () => {
    logsPage({
      code: 'SystemForCrossDomainIdentityManagementEntryConflict',
      reason: 'JustCall returned an error response with the HTTP status code 409.',
    });
    expect(provisioningLogs.detect(document)).not.toBeNull();
    const read = provisioningLogs.collect(document);
    expect(read.rows).toEqual([
      { action: 'Create', status: 'Failure' },
      { action: 'Other', status: 'Skipped' },
      { action: 'Update', status: 'Success' },
    ]);
    expect(read.errorCode).toBe('SystemForCrossDomainIdentityManagementEntryConflict');
    expect(read.quarantined).toBe(false);
    const observed = provisioningLogs.observe?.(read, document);
    expect(JSON.stringify(observed)).not.toContain('Adele');
    // The wizard: the last cycle's counts and the 409's cause and fix.
    const r = provisioningResult(sessionWith(observed?.values ?? {}));
    expect(r?.headline).toContain('1 failed, 1 skipped, 1 succeeded');
    expect(r?.topCause?.findingId).toBe('provisioning.entry-conflict');
    expect(r?.topCause?.fix).toContain('matching');
  });

  test('reads the quarantine banner and a failed Test Connection: the Secret Token is the cause', () => {
    document.body.innerHTML = `<div class="info-bar quarantine" role="alert">Provisioning has been quarantined. See quarantine details for more information.</div>
      <div role="alert"><p>Failed to test connection to target application</p><p>You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account.</p>
      <p>Error code: SystemForCrossDomainIdentityManagementCredentialValidationFailure</p><p>Details: Response Status Code: Unauthorized</p></div>`;
    expect(provisioningLogs.detect(document)).not.toBeNull();
    const read = provisioningLogs.collect(document);
    expect(read).toMatchObject({
      quarantined: true,
      testConnection: 'failure',
      testErrorCode: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
    });
    const r = provisioningResult(sessionWith(provisioningLogs.observe?.(read, document)?.values ?? {}));
    expect(r?.quarantined).toBe(true);
    expect(r?.topCause?.findingId).toBe('provisioning.secret-token');
  });

  test('reads a successful Test Connection and the Provision on demand steps', () => {
    document.body.innerHTML = `<div role="status">The supplied credentials are authorized to enable provisioning</div>
      <ol><li><h4>Import user</h4><span>Success | View details</span></li><li><h4>Determine if user is in scope</h4><span>Skipped | View details</span></li>
      <li><h4>Perform action</h4><span>Skipped</span></li></ol>`;
    const read = provisioningLogs.collect(document);
    expect(read.testConnection).toBe('success');
    expect(read.onDemand).toEqual([
      { step: 'Import user', status: 'Success' },
      { step: 'Determine if user is in scope', status: 'Skipped' },
      { step: 'Perform action', status: 'Skipped' },
    ]);
    const r = provisioningResult(sessionWith(provisioningLogs.observe?.(read, document)?.values ?? {}));
    expect(r?.headline).toBe('Provision on demand: Import user: Success, Determine if user is in scope: Skipped, Perform action: Skipped.');
  });

  test('a skipped record opened on its Steps tab: the scoping details name "not assigned"; "None" is no error code', () => {
    logsPage(null);
    // Nothing failed this cycle (a failure would outrank a skip).
    const first = document.querySelector('tbody tr td:last-child');
    if (first) first.textContent = 'Success';
    const skipped = document.querySelectorAll('tbody tr')[1];
    skipped?.setAttribute('aria-selected', 'true');
    document.querySelector('section')?.insertAdjacentHTML(
      'beforeend',
      `<aside aria-label="Provisioning log details"><ol><li data-status="skipped"><strong>Skipped</strong> Determine if User in scope by evaluating against each scoping filter
        <dl><dt>SkipReason</dt><dd>NotEffectivelyEntitled</dd><dt>IsActive</dt><dd>True</dd><dt>Assigned</dt><dd>False</dd>
        <dt>IsInProvisioningScope</dt><dd>False</dd></dl></li></ol><dl><dt>Error Code</dt><dd>None</dd></dl></aside>`,
    );
    const read = provisioningLogs.collect(document);
    expect(read.selectedRow).toBe(1);
    expect(read.errorCode).toBeNull();
    expect(read.scope).toEqual({ skipReason: 'NotEffectivelyEntitled', active: 'True', assigned: 'False', inScope: 'False' });
    const r = provisioningResult(sessionWith(provisioningLogs.observe?.(read, document)?.values ?? {}));
    expect(r?.headline).toContain('0 failed, 1 skipped, 2 succeeded');
    expect(r?.topCause?.findingId).toBe('provisioning.not-assigned');
    expect(r?.topCause?.fix).toContain('Users and groups');
  });

  test('a guest’s record on its Modified Properties tab: the #EXT# userName is named, and the name itself is not kept', () => {
    document.body.innerHTML = `<section aria-label="Provisioning logs"><h2>Provisioning logs</h2>
      <table role="grid" aria-label="Provisioning logs"><thead><tr><th>Date</th><th>Identity</th><th>Action</th><th>Status</th></tr></thead>
      <tbody><tr aria-selected="true"><td>3/4/25</td><td>Pradeep Gupta</td><td>Create</td><td>Success</td></tr>
      <tr><td>3/4/25</td><td>Adele Vance</td><td>Create</td><td>Success</td></tr></tbody></table>
      <aside aria-label="Provisioning log details"><table><thead><tr><th>Display Name</th><th>Old Value</th><th>New Value</th></tr></thead>
      <tbody><tr><td>userName</td><td></td><td>pradeep_northwind.com#EXT#@contoso.onmicrosoft.com</td></tr>
      <tr><td>active</td><td></td><td>True</td></tr></tbody></table></aside></section>`;
    const read = provisioningLogs.collect(document);
    expect(read.guestUserName).toBe(true);
    const observed = provisioningLogs.observe?.(read, document);
    expect(JSON.stringify(observed)).not.toMatch(/pradeep|northwind/i);
    const r = provisioningResult(sessionWith(observed?.values ?? {}));
    expect(r?.topCause).toMatchObject({ findingId: 'provisioning.guest-upn', severity: 'warning' });
    expect(r?.topCause?.fix).toContain('source of userName to mail');
  });

  test('a userName without #EXT# is not a guest finding', () => {
    document.body.innerHTML = `<table role="grid" aria-label="Provisioning logs"><thead><tr><th>Action</th><th>Status</th></tr></thead>
      <tbody><tr aria-selected="true"><td>Create</td><td>Success</td></tr></tbody></table>
      <table><thead><tr><th>Display Name</th><th>New Value</th></tr></thead><tbody><tr><td>userName</td><td>adele@contoso.com</td></tr></tbody></table>`;
    const read = provisioningLogs.collect(document);
    expect(read.guestUserName).toBe(false);
    expect(provisioningResult(sessionWith(provisioningLogs.observe?.(read, document)?.values ?? {}))?.topCause?.findingId).not.toBe(
      'provisioning.guest-upn',
    );
  });

  test('Disable rows that succeeded: the wizard says users were deactivated as expected', () => {
    document.body.innerHTML = `<table role="grid" aria-label="Provisioning logs"><thead><tr><th>Action</th><th>Status</th></tr></thead>
      <tbody><tr><td>Disable</td><td>Success</td></tr><tr><td>Update</td><td>Success</td></tr></tbody></table>`;
    const r = provisioningResult(sessionWith(provisioningLogs.observe?.(provisioningLogs.collect(document), document)?.values ?? {}));
    expect(r?.topCause).toMatchObject({ findingId: 'provisioning.deprovisioned', severity: 'info' });
    expect(r?.topCause?.fix).toContain('Nothing to do');
  });

  test('is not detected on a page without any of it', () => {
    document.body.innerHTML = '<main><h1>Single sign-on</h1><table><tr><th>Status</th></tr><tr><td>Active</td></tr></table></main>';
    expect(provisioningLogs.detect(document)).toBeNull();
    expect(provisioningResult(emptySession(new Date('2025-03-04T10:00:00Z')))).toBeNull();
  });
});
