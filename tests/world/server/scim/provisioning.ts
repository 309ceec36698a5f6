import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { worldRequest, type WorldResponse } from '../../client-node';
import { allWorldHostNames, type WorldRuntime } from '../http';
import { directoryOf, isUserAssigned } from '../store';
import type { EntraApp, EntraUser, ProvisioningConfig } from '../state';
import {
  appendLogs,
  errorCodeFor,
  failureReason,
  logRecord,
  scopingStep,
  statusName,
  type JobError,
  type LogStep,
  type ProvisioningJobState,
  type ProvisioningLogRecord,
  type RecordInput,
} from './provisioning-log';

/**
 * Entra's provisioning engine: "Test Connection" and one provisioning cycle.
 * It really calls the SCIM endpoint over HTTPS through the world's own port,
 * with the Host header of the Tenant URL, so a wrong Tenant URL or token fails
 * the way it does for real.
 */

type Cycle = NonNullable<ProvisioningConfig['lastCycle']>;

const listResponse = z.object({
  schemas: z.array(z.string()).optional(),
  totalResults: z.number().optional(),
  Resources: z
    .array(
      z
        .object({ id: z.string(), userName: z.string().optional(), active: z.boolean().optional(), externalId: z.string().optional() })
        .passthrough(),
    )
    .optional(),
});

class ScimCallError extends Error {}

function scimUrl(tenantUrl: string, rel: string): URL {
  const base = tenantUrl.replace(/\/+$/, '');
  return new URL(`${base}/${rel}`);
}

async function scimCall(
  world: WorldRuntime,
  tenantUrl: string,
  token: string,
  method: string,
  rel: string,
  json?: unknown,
): Promise<WorldResponse> {
  const url = scimUrl(tenantUrl, rel);
  if (url.protocol !== 'https:') throw new ScimCallError('The Tenant URL must use https.');
  if (!allWorldHostNames().includes(url.hostname.toLowerCase()) || (url.port && url.port !== '443')) {
    throw new ScimCallError(`We could not reach ${url.origin}. Check the Tenant URL.`);
  }
  if (!world.port) throw new ScimCallError('The world is not listening yet.');
  try {
    return await worldRequest(world.port, url.toString(), {
      method,
      json,
      headers: { authorization: `Bearer ${token}`, accept: 'application/scim+json' },
      timeoutMs: 10_000,
    });
  } catch (e) {
    throw new ScimCallError(`We could not reach ${url.origin}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function describeFailure(res: WorldResponse): string {
  if (res.status === 401 || res.status === 403)
    return (
      'You appear to have entered invalid credentials. Please confirm you are using the correct Secret Token for JustCall. (HTTP ' +
      res.status +
      ')'
    );
  if (res.status === 404) return 'The Tenant URL did not answer as a SCIM endpoint (HTTP 404 Not Found). Please confirm the Tenant URL.';
  return `The SCIM endpoint returned HTTP ${res.status}.`;
}

/** Entra's "Test Connection": GET /Users?filter=userName eq "<random>" with the token. */
export async function testScimConnection(world: WorldRuntime, tenantUrl: string, token: string): Promise<{ ok: boolean; message: string }> {
  if (!tenantUrl.trim() || !token.trim()) return { ok: false, message: 'Tenant URL and Secret Token are both required.' };
  try {
    new URL(tenantUrl.trim());
  } catch {
    return { ok: false, message: `"${tenantUrl}" is not a valid URL.` };
  }
  try {
    const filter = encodeURIComponent(`userName eq "${randomUUID()}"`);
    const res = await scimCall(world, tenantUrl.trim(), token.trim(), 'GET', `Users?filter=${filter}`);
    if (res.status !== 200) return { ok: false, message: describeFailure(res) };
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      return { ok: false, message: 'The SCIM endpoint did not return JSON.' };
    }
    if (!listResponse.safeParse(body).success) return { ok: false, message: 'The SCIM endpoint did not return a SCIM ListResponse.' };
    return { ok: true, message: 'The supplied credentials are authorized to enable provisioning.' };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

function mappedSource(app: EntraApp, target: string, fallback: string): string {
  return app.provisioning.mappings.find((m) => m.target === target)?.source ?? fallback;
}

function entraValue(user: EntraUser, source: string): string {
  switch (source.trim().toLowerCase()) {
    case 'mail':
      return user.mail;
    case 'userprincipalname':
      return user.userPrincipalName;
    case 'givenname':
      return user.givenName;
    case 'surname':
      return user.surname;
    case 'displayname':
      return user.displayName;
    case 'objectid':
      return user.id;
    default:
      return '';
  }
}

function scimUserFor(app: EntraApp, user: EntraUser, active: boolean): Record<string, unknown> {
  const mail = entraValue(user, mappedSource(app, 'emails[type eq "work"].value', 'mail'));
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    externalId: user.id,
    userName: entraValue(user, mappedSource(app, 'userName', 'userPrincipalName')),
    active,
    displayName: user.displayName,
    name: { givenName: user.givenName, familyName: user.surname },
    ...(mail ? { emails: [{ type: 'work', value: mail, primary: true }] } : {}),
  };
}

type RemoteUser = NonNullable<z.infer<typeof listResponse>['Resources']>[number];

/** Ends the cycle: JustCall could not be reached or refused the credentials, so every user would fail alike. */
class CycleStop extends Error {
  constructor(
    message: string,
    readonly jobError: JobError,
  ) {
    super(message);
  }
}

/** What one cycle writes: the counts the blade shows, and the log records. */
interface CycleRun {
  cycle: Cycle;
  cycleId: string;
  tenantId: string;
  records: ProvisioningLogRecord[];
}

function importStep(user: EntraUser, kind: 'Add' | 'Update' | 'Delete'): LogStep {
  return {
    name: `EntryImport${kind}`,
    provisioningStepType: 'import',
    status: 'success',
    description: `Received User '${user.userPrincipalName}' change of type (${kind}) from Azure Active Directory`,
    details: {},
  };
}

/** The target attributes sent, as the log's Modified Properties tab lists them. */
function sentProperties(body: Record<string, unknown>): ProvisioningLogRecord['modifiedProperties'] {
  const emails = body.emails as { value: string }[] | undefined;
  const name = body.name as { givenName?: string; familyName?: string } | undefined;
  const out: ProvisioningLogRecord['modifiedProperties'] = [
    { displayName: 'externalId', oldValue: null, newValue: String(body.externalId ?? '') },
    { displayName: 'userName', oldValue: null, newValue: body.userName ? String(body.userName) : null },
    { displayName: 'active', oldValue: null, newValue: 'True' },
    { displayName: 'displayName', oldValue: null, newValue: String(body.displayName ?? '') },
    { displayName: 'emails[type eq "work"].value', oldValue: null, newValue: emails?.[0]?.value ?? null },
    { displayName: 'name.givenName', oldValue: null, newValue: name?.givenName ?? null },
    { displayName: 'name.familyName', oldValue: null, newValue: name?.familyName ?? null },
  ];
  return out;
}

function record(
  world: WorldRuntime,
  app: EntraApp,
  run: CycleRun,
  user: EntraUser,
  rest: Omit<RecordInput, 'app' | 'user' | 'tenantId' | 'cycleId' | 'at'>,
): void {
  run.records.push(logRecord({ app, user, tenantId: run.tenantId, cycleId: run.cycleId, at: world.now(), ...rest }));
}

/** A failed lookup (GET ?filter=): logged, and for 401/404 the cycle stops, as Entra quarantines. */
function lookupFailed(world: WorldRuntime, app: EntraApp, run: CycleRun, user: EntraUser, res: WorldResponse, scoping: LogStep): never {
  const what = `Failed to retrieve User '${user.userPrincipalName}' from JustCall`;
  record(world, app, run, user, {
    action: 'create',
    status: 'failure',
    error: { code: errorCodeFor(res.status, 'lookup'), reason: failureReason(what, res, world.now()), category: 'nonServiceFailure' },
    steps: [
      importStep(user, 'Add'),
      scoping,
      { name: 'EntryImport', provisioningStepType: 'matching', status: 'failure', description: what, details: {} },
    ],
  });
  const jobError: JobError =
    res.status === 401 || res.status === 403
      ? {
          code: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
          message: `While attempting to validate our authorization to access your application, we received this unexpected response: Response Status Code: ${statusName(res.status)}`,
          tenantActionable: true,
        }
      : {
          code: 'SystemForCrossDomainIdentityManagementInvalidCredentials',
          message: 'Please provide a valid tenant URL for your application.',
          tenantActionable: true,
        };
  throw new CycleStop(describeFailure(res), jobError);
}

async function lookup(world: WorldRuntime, app: EntraApp, filter: string): Promise<WorldResponse> {
  const { tenantUrl, secretToken } = app.provisioning;
  return scimCall(world, tenantUrl, secretToken, 'GET', `Users?filter=${encodeURIComponent(filter)}`);
}

function remotesOf(res: WorldResponse): RemoteUser[] {
  const parsed = listResponse.safeParse(JSON.parse(res.body));
  if (!parsed.success) throw new ScimCallError('The SCIM endpoint did not return a SCIM ListResponse.');
  return parsed.data.Resources ?? [];
}

async function syncUser(world: WorldRuntime, app: EntraApp, user: EntraUser, run: CycleRun, onDemand = false): Promise<void> {
  const { tenantUrl, secretToken } = app.provisioning;
  const { cycle } = run;
  const assigned = isUserAssigned(world, app, user);
  const inScope = user.accountEnabled && (app.provisioning.scope === 'all' || assigned);
  // Provision on demand evaluates the chosen user whatever changed.
  const changed = onDemand || (app.provisioning.pendingChanges?.includes(user.id) ?? false);
  const scoping = scopingStep(user, assigned, inScope);
  const body = scimUserFor(app, user, true);
  const userName = typeof body.userName === 'string' ? body.userName : '';
  // Entra never sends an empty attribute; without userName it matches on externalId (the object id).
  if (!userName) delete body.userName;
  const res = await lookup(world, app, userName ? `userName eq "${userName}"` : `externalId eq "${user.id}"`);
  if (res.status !== 200) {
    if (!inScope && !changed) return;
    lookupFailed(world, app, run, user, res, scoping);
  }
  const remote = remotesOf(res)[0];
  const shown = user.userPrincipalName;
  if (inScope) {
    if (!remote) {
      const created = await scimCall(world, tenantUrl, secretToken, 'POST', 'Users', body);
      const steps: LogStep[] = [
        importStep(user, 'Add'),
        scoping,
        {
          name: 'EntrySynchronizationAdd',
          provisioningStepType: 'matching',
          status: 'success',
          description: `User '${shown}' will be created in JustCall (User is active and assigned in Azure Active Directory, but no matching User was found in JustCall)`,
          details: {},
        },
      ];
      const modified = sentProperties(body);
      if (created.status === 201) {
        cycle.created += 1;
        const id = (JSON.parse(created.body) as { id?: string }).id;
        steps.push({
          name: 'EntryExportAdd',
          provisioningStepType: 'export',
          status: 'success',
          description: `User '${shown}' was created in JustCall`,
          details: { ReportableIdentifier: shown },
        });
        record(world, app, run, user, { action: 'create', status: 'success', steps, modified, targetId: id });
      } else {
        cycle.errors.push(`${user.displayName}: create failed (HTTP ${created.status}) ${created.body.slice(0, 200)}`);
        const what = `Failed to create User '${shown}' in JustCall`;
        steps.push({
          name: 'EntryExportAdd',
          provisioningStepType: 'export',
          status: 'failure',
          description: what,
          details: { ReportableIdentifier: shown },
        });
        record(world, app, run, user, {
          action: 'create',
          status: 'failure',
          error: {
            code: errorCodeFor(created.status, 'write'),
            reason: failureReason(what, created, world.now()),
            category: created.status >= 500 || created.status === 429 ? 'failure' : 'nonServiceFailure',
          },
          steps,
          modified,
        });
      }
    } else if (remote.active === false || remote.externalId !== user.id) {
      const res = await scimCall(world, tenantUrl, secretToken, 'PATCH', `Users/${encodeURIComponent(remote.id)}`, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'Replace', path: 'active', value: 'True' },
          { op: 'Replace', path: 'externalId', value: user.id },
          { op: 'Replace', path: 'name.givenName', value: user.givenName },
          { op: 'Replace', path: 'name.familyName', value: user.surname },
        ],
      });
      const ok = res.status === 200;
      if (ok) cycle.updated += 1;
      else cycle.errors.push(`${user.displayName}: update failed (HTTP ${res.status})`);
      const what = ok ? `User '${shown}' was updated in JustCall` : `Failed to update User '${shown}' in JustCall`;
      record(world, app, run, user, {
        action: 'update',
        status: ok ? 'success' : 'failure',
        error: ok
          ? undefined
          : { code: errorCodeFor(res.status, 'write'), reason: failureReason(what, res, world.now()), category: 'failure' },
        steps: [
          importStep(user, 'Update'),
          scoping,
          {
            name: 'EntryExportUpdate',
            provisioningStepType: 'export',
            status: ok ? 'success' : 'failure',
            description: what,
            details: { ReportableIdentifier: shown },
          },
        ],
        modified: [{ displayName: 'active', oldValue: remote.active === false ? 'False' : 'True', newValue: 'True' }],
        targetId: remote.id,
      });
    }
  } else if (remote && remote.active !== false && remote.externalId === user.id) {
    // Only users this app provisioned (externalId = Entra object id) are deactivated when they leave scope.
    const res = await scimCall(world, tenantUrl, secretToken, 'PATCH', `Users/${encodeURIComponent(remote.id)}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    const ok = res.status === 200;
    if (ok) cycle.deactivated += 1;
    else cycle.errors.push(`${user.displayName}: deactivate failed (HTTP ${res.status})`);
    const what = ok ? `User '${shown}' was disabled in JustCall` : `Failed to disable User '${shown}' in JustCall`;
    record(world, app, run, user, {
      action: 'disable',
      status: ok ? 'success' : 'failure',
      error: ok
        ? undefined
        : { code: errorCodeFor(res.status, 'write'), reason: failureReason(what, res, world.now()), category: 'failure' },
      steps: [
        importStep(user, 'Update'),
        {
          name: 'EntryExportUpdateSoftDelete',
          provisioningStepType: 'export',
          status: ok ? 'success' : 'failure',
          description: what,
          details: { ReportableIdentifier: shown },
        },
      ],
      modified: [{ displayName: 'active', oldValue: 'True', newValue: 'False' }],
      targetId: remote.id,
    });
  } else if (changed) {
    // An out-of-scope user who changed is evaluated and skipped; the portal lists it (§1.5).
    record(world, app, run, user, {
      action: 'other',
      status: 'skipped',
      error: { code: 'EntrySynchronizationSkipped', reason: `The User '${shown}' will be skipped`, category: null },
      steps: [
        {
          name: 'EntryImport',
          provisioningStepType: 'import',
          status: 'success',
          description: `Retrieved User '${shown}' from Azure Active Directory`,
          details: {},
        },
        scoping,
      ],
    });
  }
}

/**
 * One provisioning cycle for an app in Automatic mode with status On; records
 * and returns app.provisioning.lastCycle. Returns null (nothing recorded) when
 * provisioning is not running for the app.
 */
export async function runProvisioningCycle(world: WorldRuntime, app: EntraApp): Promise<Cycle | null> {
  if (app.provisioning.mode !== 'Automatic' || app.provisioning.status !== 'On') return null;
  const began = world.now().toISOString();
  const cycle: Cycle = { at: began, created: 0, updated: 0, deactivated: 0, errors: [] };
  const directory = directoryOf(world.state, app.cloud);
  const run: CycleRun = { cycle, cycleId: randomUUID(), tenantId: directory.tenant.id, records: [] };
  let stop: JobError | null = null;
  for (const user of directory.users) {
    try {
      await syncUser(world, app, user, run);
    } catch (e) {
      cycle.errors.push(e instanceof Error ? e.message : String(e));
      // Credentials or endpoint problems fail every user alike: stop, as Entra quarantines.
      if (e instanceof CycleStop) {
        stop = e.jobError;
        break;
      }
      if (e instanceof ScimCallError) {
        stop = {
          code: 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable',
          message: e.message,
          tenantActionable: true,
        };
        break;
      }
    }
  }
  app.provisioning.lastCycle = cycle;
  app.provisioning.pendingChanges = [];
  appendLogs(app, run.records);
  app.provisioning.job = jobAfter(world, app.provisioning.job, began, stop);
  return cycle;
}

/** The job's status after a cycle: quarantined when JustCall could not be used at all; any good cycle lifts it (§3.1). */
function jobAfter(
  world: WorldRuntime,
  before: ProvisioningJobState | undefined,
  began: string,
  stop: JobError | null,
): ProvisioningJobState {
  const ended = world.now().toISOString();
  if (!stop)
    return {
      code: 'Active',
      countSuccessiveCompleteFailures: 0,
      lastExecution: { state: 'Succeeded', timeBegan: began, timeEnded: ended, error: null },
      quarantine: null,
    };
  const series = before?.quarantine;
  return {
    code: 'Quarantine',
    countSuccessiveCompleteFailures: (before?.countSuccessiveCompleteFailures ?? 0) + 1,
    lastExecution: { state: 'Failed', timeBegan: began, timeEnded: ended, error: stop },
    quarantine: {
      currentBegan: ended,
      nextAttempt: new Date(world.now().getTime() + 6 * 3600_000).toISOString(),
      reason: 'EncounteredQuarantineException',
      seriesBegan: series?.seriesBegan ?? ended,
      seriesCount: (series?.seriesCount ?? 0) + 1,
      error: stop,
    },
  };
}

/** Provision on demand's four steps, as the portal titles them (provisioning-facts.md §4.3). */
const ON_DEMAND_TITLES: Record<LogStep['provisioningStepType'], string> = {
  import: 'Import user',
  scoping: 'Determine if user is in scope',
  matching: 'Match user between source and target system',
  processing: 'Perform action',
  export: 'Perform action',
};

export interface OnDemandResult {
  /** Graph's stringKeyStringValuePair: both halves are JSON texts (§1.7). */
  graph: { '@odata.context': string; key: string; value: string };
  steps: { title: string; status: string; description: string }[];
  record: ProvisioningLogRecord;
}

/** Provision on demand for one user: the same engine as a cycle, one user, its record logged too. */
export async function provisionOnDemand(world: WorldRuntime, app: EntraApp, user: EntraUser): Promise<OnDemandResult> {
  const directory = directoryOf(world.state, app.cloud);
  const cycle: Cycle = { at: world.now().toISOString(), created: 0, updated: 0, deactivated: 0, errors: [] };
  const run: CycleRun = { cycle, cycleId: randomUUID(), tenantId: directory.tenant.id, records: [] };
  try {
    await syncUser(world, app, user, run, true);
  } catch (e) {
    if (!(e instanceof CycleStop) && !(e instanceof ScimCallError)) throw e;
  }
  const record =
    run.records[0] ??
    logRecord({
      app,
      user,
      tenantId: run.tenantId,
      cycleId: run.cycleId,
      at: world.now(),
      action: 'other',
      status: 'skipped',
      error: {
        code: 'RedundantExport',
        reason: 'The state of the user in both the source and target systems already match.',
        category: null,
      },
      steps: [
        {
          name: 'EntryImport',
          provisioningStepType: 'import',
          status: 'success',
          description: `Retrieved User '${user.userPrincipalName}' from Azure Active Directory`,
          details: {},
        },
        {
          name: 'EntrySynchronizationSkip',
          provisioningStepType: 'export',
          status: 'skipped',
          description: `The state of the user in both the source and target systems already match. No change to the User '${user.userPrincipalName}' currently needs to be made.`,
          details: { SkipReason: 'RedundantExport' },
        },
      ],
    });
  appendLogs(app, [record]);
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const err = record.provisioningStatusInfo.errorInformation;
  const status = cap(record.provisioningStatusInfo.status);
  return {
    graph: {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.stringKeyStringValuePair',
      key: JSON.stringify({ result: status, details: err ? { errorCode: err.errorCode, errorMessage: err.reason } : {} }),
      value: JSON.stringify({
        action: cap(record.provisioningAction),
        changeId: record.changeId,
        provisioningSteps: record.provisioningSteps.map((s) => ({
          name: s.name,
          type: cap(s.provisioningStepType),
          status: cap(s.status),
          description: s.description,
          details: s.details,
        })),
        reportableIdentifier: user.userPrincipalName,
        statusInfo: {
          status,
          errorCode: err?.errorCode ?? null,
          reason: err?.reason ?? null,
          additionalDetails: null,
          errorCategory: err?.errorCategory ?? null,
          recommendedAction: null,
        },
        sourceSystem: { id: null, name: 'Azure Active Directory', details: null },
        sourceIdentity: { id: user.id, type: 'User', displayName: user.displayName, details: null },
        targetIdentity: {
          id: record.targetIdentity.id || null,
          type: 'urn:ietf:params:scim:schemas:core:2.0:User',
          displayName: null,
          details: null,
        },
        targetSystem: { id: null, name: app.name, details: null },
      }),
    },
    steps: record.provisioningSteps.map((s) => ({
      title: ON_DEMAND_TITLES[s.provisioningStepType],
      status: cap(s.status),
      description: s.description,
    })),
    record,
  };
}
