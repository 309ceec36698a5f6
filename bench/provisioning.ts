/**
 * Provisioning doctor benchmark: a generated 100,000-record admin-center
 * download (the most one file holds), timed (a) as JSON.parse of the text,
 * the floor any reader pays, (b) through readProvisioningInput (split, parse,
 * validate, normalise), (c) through analyseProvisioningText (read + rules +
 * summary), and (d) the redacted Markdown report and JSON export of (c).
 * Same process, same text; each timed twice, the better run kept.
 * Run alone: npx tsx bench/provisioning.ts
 */
import { fileURLToPath } from 'node:url';
import { analyseProvisioningText } from '@/utils/provisioning/analyse';
import { readProvisioningInput } from '@/utils/provisioning/read';
import { buildProvisioningExport, renderProvisioningReport } from '@/utils/provisioning/report';

const RECORDS = 100_000;
const MB = 1024 * 1024;

function id(i: number, salt: number): string {
  const h = ((i + 1) * 2654435761 + salt * 40503) >>> 0;
  const hex = h.toString(16).padStart(8, '0');
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-a${hex.slice(5, 8)}-${hex}${hex.slice(0, 4)}`;
}

/** One record as the download has them: four steps, six properties; one in ten fails, one in twenty is skipped. */
function record(i: number): string {
  const upn = `user${i}@contoso.com`;
  const name = `User ${i}`;
  const failed = i % 10 === 3;
  const skipped = i % 20 === 7;
  const status = failed ? 'failure' : skipped ? 'skipped' : 'success';
  return JSON.stringify({
    id: id(i, 1),
    activityDateTime: new Date(Date.UTC(2025, 2, 4, 10) + i * 200).toISOString(),
    tenantId: '9c3f5a2e-1d4b-4e8a-b6c7-0f2e3d4c5b6a',
    jobId: 'scim.9c3f5a2e1d4b4e8ab6c70f2e3d4c5b6a.8f14e45f-ceea-467f-a8ab-9d7c4c7d2e11',
    cycleId: id(Math.floor(i / 25_000), 2),
    changeId: id(i, 3),
    provisioningAction: failed ? 'create' : skipped ? 'other' : 'update',
    durationInMilliseconds: 900 + (i % 700),
    sourceSystem: { id: id(0, 4), displayName: 'Azure Active Directory', details: {} },
    targetSystem: {
      id: id(0, 5),
      displayName: 'JustCall',
      details: { ApplicationId: id(0, 6), ServicePrincipalId: id(0, 7), ServicePrincipalDisplayName: 'JustCall' },
    },
    initiatedBy: { id: '', displayName: 'Azure AD Provisioning Service', initiatorType: 'system' },
    servicePrincipal: { id: id(0, 7), displayName: 'JustCall' },
    sourceIdentity: { id: id(i, 8), displayName: name, identityType: 'User', details: {} },
    targetIdentity: { id: failed ? '' : id(i, 9), displayName: '', identityType: 'User', details: {} },
    provisioningStatusInfo: {
      status,
      errorInformation: failed
        ? {
            errorCode: i % 30 === 3 ? 'SystemForCrossDomainIdentityManagementEntryConflict' : 'TooManyRequests',
            reason: `Failed to create User '${upn}' in JustCall; Error: JustCall returned an error response with the HTTP status code ${i % 30 === 3 ? 409 : 429}.`,
            additionalDetails: null,
            errorCategory: 'nonServiceFailure',
            recommendedAction: null,
          }
        : skipped
          ? {
              errorCode: 'EntrySynchronizationSkipped',
              reason: null,
              additionalDetails: null,
              errorCategory: null,
              recommendedAction: null,
            }
          : null,
    },
    provisioningSteps: [
      {
        name: 'EntryImportUpdate',
        provisioningStepType: 'import',
        status: 'success',
        description: `Received User '${upn}' change of type (Update) from Azure Active Directory`,
        details: {},
      },
      {
        name: 'EntrySynchronizationScoping',
        provisioningStepType: 'scoping',
        status: skipped ? 'skipped' : 'success',
        description: 'Determine if User in scope by evaluating against each scoping filter',
        details: {
          IsActive: 'True',
          Assigned: skipped ? 'False' : 'True',
          IsEffectivelyEntitledForProvisioning: 'True',
          ScopeEvaluationResult: '{}',
        },
      },
      {
        name: 'EntryImport',
        provisioningStepType: 'matching',
        status: 'success',
        description: `Retrieved User '${upn}' from JustCall`,
        details: {},
      },
      {
        name: failed ? 'EntryExportAdd' : 'EntryExportUpdate',
        provisioningStepType: 'export',
        status: failed ? 'failure' : skipped ? 'skipped' : 'success',
        description: failed ? `Failed to create User '${upn}' in JustCall` : `User '${upn}' was updated in JustCall`,
        details: { ReportableIdentifier: upn },
      },
    ],
    modifiedProperties: [
      { displayName: 'objectId', oldValue: null, newValue: id(i, 8) },
      { displayName: 'displayName', oldValue: null, newValue: name },
      { displayName: 'userPrincipalName', oldValue: null, newValue: upn },
      { displayName: 'mail', oldValue: null, newValue: upn },
      { displayName: 'givenName', oldValue: null, newValue: 'User' },
      { displayName: 'surname', oldValue: null, newValue: String(i) },
    ],
  });
}

export function generateDownload(records = RECORDS): string {
  const parts: string[] = [];
  for (let i = 0; i < records; i++) parts.push(record(i));
  return `[${parts.join(',')}]`;
}

function best<T>(f: () => T): { ms: number; value: T } {
  let ms = Infinity;
  let value: T | undefined;
  for (let run = 0; run < 2; run++) {
    const t0 = performance.now();
    value = f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, value: value as T };
}

export async function benchProvisioning(): Promise<{ lines: string[] }> {
  const text = generateDownload();
  const baseline = best(() => JSON.parse(text) as unknown[]);
  const read = best(() => readProvisioningInput(text, 'big.json'));
  const rssAfterRead = process.memoryUsage().rss;
  const analysed = best(() => analyseProvisioningText(text, 'big.json', { now: '2025-03-05T00:00:00Z' }));
  const report = best(() => renderProvisioningReport(analysed.value));
  const exported = best(() => JSON.stringify(buildProvisioningExport(analysed.value)));
  const a = analysed.value;
  const ratio = (ms: number) => `${(ms / baseline.ms).toFixed(2)}x JSON.parse`;
  const lines = [
    `download: ${RECORDS} records, ${(text.length / MB).toFixed(0)} MB of JSON text (${(text.length / RECORDS).toFixed(0)} chars a record)`,
    `(a) JSON.parse: ${baseline.ms.toFixed(0)} ms (${baseline.value.length} records)`,
    `(b) readProvisioningInput: ${read.ms.toFixed(0)} ms, ${ratio(read.ms)}; ${read.value.events.length} events, ${read.value.problems.length} problems; RSS ${(rssAfterRead / MB).toFixed(0)} MB`,
    `(c) analyseProvisioningText (read + rules + summary): ${analysed.ms.toFixed(0)} ms, ${ratio(analysed.ms)}; ${a.findings.length} findings, top cause ${a.summary.topCause?.findingId ?? 'none'}`,
    `(d) redacted Markdown report: ${report.ms.toFixed(0)} ms (${(report.value.length / 1024).toFixed(0)} KB); redacted JSON export: ${exported.ms.toFixed(0)} ms (${(exported.value.length / MB).toFixed(0)} MB)`,
  ];
  return { lines };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchProvisioning().then(
    ({ lines }) => console.log(lines.join('\n')),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
