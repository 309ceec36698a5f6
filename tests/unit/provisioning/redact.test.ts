import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseProvisioningText } from '@/utils/provisioning/analyse';
import { PersonalData } from '@/utils/provisioning/redact';
import { buildProvisioningExport, renderProvisioningReport } from '@/utils/provisioning/report';
import { FIXTURES, NOW, analyseCsvTrio, analyseFixture } from './support';
import { readdirSync } from 'node:fs';

interface Person {
  given: string;
  surname: string;
  local: string;
  home: string;
  guest: boolean;
  objectId: string;
  targetId: string;
  employeeId: string;
  phone: string;
}

function addresses(p: Person): { upn: string; email: string; name: string } {
  const email = `${p.local}@${p.home}`;
  const upn = p.guest ? `${p.local}_${p.home}#EXT#@fabrikam.onmicrosoft.com` : email;
  return { upn, email, name: `${p.given} ${p.surname}` };
}

/** A download with every place Entra puts personal data: identities, steps, details, properties, reasons, the initiator. */
function download(people: Person[], admin: Person): string {
  const a = addresses(admin);
  const records = people.map((p, i) => {
    const { upn, email, name } = addresses(p);
    return {
      id: `act-${i}`,
      activityDateTime: `2025-03-04T10:0${i}:00Z`,
      cycleId: 'cycle-1',
      changeId: `change-${i}`,
      jobId: 'scim.job',
      provisioningAction: 'create',
      initiatedBy: { id: admin.objectId, displayName: a.name, initiatorType: 'user' },
      sourceSystem: { displayName: 'Azure Active Directory' },
      targetSystem: { displayName: 'JustCall' },
      sourceIdentity: { id: p.objectId, displayName: name, identityType: 'User', details: { UPN: upn } },
      targetIdentity: { id: p.targetId, displayName: '', identityType: 'User', details: {} },
      provisioningStatusInfo: {
        status: 'failure',
        errorInformation: {
          errorCode: i % 2 ? 'SystemForCrossDomainIdentityManagementEntryConflict' : 'SystemForCrossDomainIdentityManagementBadRequest',
          reason: `Failed to create User '${upn}' in JustCall; Error: StatusCode: ${i % 2 ? 'Conflict' : 'BadRequest'} Web Response: {"detail":"User ${email} (${name}, ${p.employeeId}) could not be saved"}`,
          errorCategory: 'nonServiceFailure',
        },
      },
      provisioningSteps: [
        {
          name: 'EntryImportAdd',
          provisioningStepType: 'import',
          status: 'success',
          description: `Received User '${upn}' change of type (Add) from Azure Active Directory`,
          details: {},
        },
        {
          name: 'EntrySynchronizationScoping',
          provisioningStepType: 'scoping',
          status: 'success',
          description: 'Determine if User in scope by evaluating against each scoping filter',
          details: { Assigned: 'True', ScopeEvaluationResult: `{"VIP.userPrincipalName EQUALS '${upn}'":true}` },
        },
        {
          name: 'EntryImport',
          provisioningStepType: 'matching',
          status: 'success',
          description: `Retrieved  '${email}' from JustCall`,
          details: { userName: email, displayName: name, externalId: p.local, id: p.targetId, phone: p.phone },
        },
        {
          name: 'EntryExportAdd',
          provisioningStepType: 'export',
          status: 'failure',
          description: `Failed to create User '${name}' in JustCall`,
          details: { ReportableIdentifier: upn },
        },
      ],
      modifiedProperties: [
        { displayName: 'objectId', oldValue: null, newValue: p.objectId },
        { displayName: 'displayName', oldValue: null, newValue: name },
        { displayName: 'userPrincipalName', oldValue: null, newValue: upn },
        { displayName: 'userName', oldValue: null, newValue: upn },
        { displayName: 'mail', oldValue: null, newValue: email },
        { displayName: 'givenName', oldValue: null, newValue: p.given },
        { displayName: 'surname', oldValue: null, newValue: p.surname },
        { displayName: 'employeeId', oldValue: null, newValue: p.employeeId },
        { displayName: 'mobile', oldValue: null, newValue: p.phone },
        { displayName: 'accountEnabled', oldValue: null, newValue: 'True' },
      ],
    };
  });
  return JSON.stringify(records);
}

function outputs(text: string): string[] {
  const a = analyseProvisioningText(text, 'export.json', { now: NOW });
  return [renderProvisioningReport(a), JSON.stringify(buildProvisioningExport(a))];
}

const letters = 'abcdefghijklmnopqrstuvwxyzéüøß'.split('');
const word = fc
  .array(fc.constantFrom(...letters), { minLength: 4, maxLength: 10 })
  .map((cs) => cs.join(''))
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const localPart = fc.stringMatching(/^[a-z][a-z0-9]{2,8}(?:[._-][a-z0-9]{2,6})?$/);
const domain = fc.constantFrom('contoso.com', 'northwind.example', 'tailspin.test');
const person: fc.Arbitrary<Person> = fc.record({
  given: word,
  surname: word,
  local: localPart,
  home: domain,
  guest: fc.boolean(),
  objectId: fc.uuid(),
  targetId: fc.uuid(),
  employeeId: fc.stringMatching(/^[A-Z]\d{6,8}$/),
  phone: fc.stringMatching(/^\+1 \d{3} \d{3} \d{4}$/),
});

/** Whole words of the report for neutral people: a generated name that is one of them proves nothing either way. */
const NEUTRAL: Person = {
  given: 'Qzxwv',
  surname: 'Vwxzq',
  local: 'qq9zx',
  home: 'contoso.com',
  guest: true,
  objectId: '00000000-0000-4000-8000-000000000001',
  targetId: '00000000-0000-4000-8000-000000000002',
  employeeId: 'Q0000000',
  phone: '+1 000 000 0000',
};
const VOCABULARY = new Set(
  outputs(download([NEUTRAL], { ...NEUTRAL, given: 'Zqxwv', surname: 'Wvxqz' }))
    .join(' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu),
);

function wordIn(haystack: string, w: string): boolean {
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(haystack);
}

describe('provisioning redaction', () => {
  it('leaves no generated personal data in the redacted Markdown or JSON export', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 3 }), person, (people, admin) => {
        const everyone = [...people, admin];
        for (const p of everyone) fc.pre(![p.given, p.surname, p.local].some((w) => VOCABULARY.has(w.toLowerCase())));
        const text = download(people, admin);
        const [markdown, json] = outputs(text);
        const plain = analyseProvisioningText(text, null, { now: NOW });
        // The unredacted report does carry them (so this test can fail)...
        expect(renderProvisioningReport(plain, { redact: false })).toContain(addresses(people[0]!).name);
        expect(JSON.stringify(buildProvisioningExport(plain, { redact: false }))).toContain(addresses(people[0]!).upn);
        for (const out of [markdown!, json!]) {
          for (const p of everyone) {
            const { upn, email, name } = addresses(p);
            for (const s of [upn, email, name, p.objectId, p.targetId, p.phone, p.employeeId])
              expect(out.toLowerCase()).not.toContain(s.toLowerCase());
            for (const w of [p.given, p.surname, p.local]) expect(wordIn(out, w), `${w} in output`).toBe(false);
          }
        }
        // ...and what support needs is still there.
        expect(markdown).toContain('provisioning.');
        expect(json).toContain('EntryExportAdd');
        expect(json).toContain('2025-03-04T10:00:00.000Z');
        expect(json).toContain('"status":"failure"');
      }),
      { numRuns: 60 },
    );
  });

  it('redacts every fixture: no name, address or object id from the inputs survives', () => {
    const pii = [
      'Adele Vance',
      'adele.vance',
      'Diego',
      'Siciliani',
      'Lynne',
      'Robbins',
      'Megan',
      'Bowen',
      'Grady',
      'Archie',
      'Isaiah',
      'Langer',
      'Nestor',
      'Wilke',
      'Pradeep',
      'BillBob',
      'Bill Bob',
      'Self-service Pilot',
      'adele_contoso.com',
      '5e6c9rae-ab4d-5239-8ad0-174391d110eb',
      '52507a19-96ec-4e73-9250-3e65ffd2d926',
    ];
    const analyses = [
      ...readdirSync(FIXTURES)
        .filter((f) => !f.endsWith('.csv') && !f.endsWith('.md'))
        .map((f) => analyseFixture(f)),
      analyseCsvTrio(),
    ];
    for (const a of analyses) {
      const out = `${renderProvisioningReport(a)}\n${JSON.stringify(buildProvisioningExport(a))}`;
      for (const s of pii) expect(out.toLowerCase(), s).not.toContain(s.toLowerCase());
    }
  });

  it('keeps codes, step names, statuses, counts, times, app names and flags; keeps the #EXT# form and empty values', () => {
    const a = analyseFixture('download-guest-ext-upn.json');
    const ex = buildProvisioningExport(a);
    const e = ex.events[0]!;
    expect(ex.redacted).toBe(true);
    expect(e.error?.errorCode).toBe('SystemForCrossDomainIdentityManagementBadRequest');
    expect(e.steps.map((s) => [s.name, s.type, s.status])).toEqual(a.events[0]!.steps.map((s) => [s.name, s.type, s.status]));
    expect(e.time).toBe(a.events[0]!.time);
    expect(e.targetSystem?.displayName).toBe('JustCall');
    expect(e.changeId).toBe(a.events[0]!.changeId);
    expect(e.modifiedProperties.find((p) => p.displayName === 'userName')?.newValue).toMatch(
      /^redacted-user-\d+#EXT#@fabrikam\.onmicrosoft\.com$/,
    );
    expect(e.modifiedProperties.find((p) => p.displayName === 'IsSoftDeleted')?.newValue).toBe('False');
    expect(e.modifiedProperties.find((p) => p.displayName === 'userType')?.newValue).toBe('Guest');
    expect(ex.summary.events).toBe(2);
    const csv = buildProvisioningExport(analyseCsvTrio());
    expect(csv.events[1]?.modifiedProperties.find((p) => p.displayName === 'mail')?.newValue).toBe('');
  });

  it('gives one person the same placeholder everywhere, and different people different ones', () => {
    const p = new PersonalData();
    p.learn('Adele Vance');
    p.learn('adele.vance@contoso.com');
    p.learn('Alex Wilber');
    const text = p.text('Adele Vance (adele.vance@contoso.com) and Alex Wilber; again Adele VANCE, adele.vance@CONTOSO.com');
    const placeholders = text.match(/\[redacted-\d+\]|redacted-user-\d+@contoso\.com/gi) ?? [];
    expect(placeholders).toHaveLength(8);
    expect(placeholders[0]).toBe(placeholders[5]);
    expect(placeholders[2]).toBe(placeholders[7]);
    expect(new Set(placeholders).size).toBe(5);
    // Addresses and ids are replaced even when never learned; the vocabulary of the logs is not.
    expect(p.text("Retrieved User 'x@tailspin.test' 12345678-aaaa-4bbb-8ccc-1234567890ab from Azure Active Directory")).toMatch(
      /^Retrieved User 'redacted-user-\d+@tailspin\.test' \[id-\d+\] from Azure Active Directory$/,
    );
  });

  it('keeps an application’s or the provisioning service’s name as initiator, and removes an admin’s', () => {
    const system = analyseFixture('download-missing-mail.json');
    expect(buildProvisioningExport(system).events[0]?.initiatedBy?.displayName).toBe('Azure AD Provisioning Service');
    const byAdmin = analyseProvisioningText(
      JSON.stringify([
        {
          changeId: 'c',
          cycleId: 'y',
          provisioningAction: 'create',
          initiatedBy: { id: 'admin-object-id', displayName: 'Megan Bowen', initiatorType: 'user' },
        },
      ]),
    );
    const initiator = buildProvisioningExport(byAdmin).events[0]?.initiatedBy;
    expect(initiator).toMatchObject({
      initiatorType: 'user',
      displayName: expect.stringMatching(/^\[redacted-\d+\]$/),
      id: expect.stringMatching(/^\[redacted-\d+\]$/),
    });
  });
});
