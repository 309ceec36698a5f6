/**
 * The CSV download's column headers are not documented anywhere, so each
 * field we read is known by several plausible spellings, compared after
 * folding case and dropping spaces, punctuation and a "(UTC)" or "[UTC]"
 * suffix: "Change ID", "ChangeId", "change_id" are one column. Headers that
 * match none are reported by name, so a new spelling shows up at once.
 */

export function foldHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[([]\s*utc\s*[)\]]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Fields of the main ProvisioningLogs file (and of an Azure Monitor CSV export). */
export const LOG_COLUMNS = {
  time: ['activitydatetime', 'date', 'datetime', 'time', 'timestamp', 'activitydate', 'timegenerated', 'dateutc', 'activitytime'],
  id: ['id', 'activityid', 'logid', 'recordid'],
  changeId: ['changeid'],
  cycleId: ['cycleid'],
  jobId: ['jobid'],
  tenantId: ['tenantid'],
  /** Azure Monitor: the Entra tenant (its TenantId is the Log Analytics workspace). */
  aadTenantId: ['aadtenantid'],
  action: ['action', 'provisioningaction'],
  status: ['status', 'provisioningstatus', 'result', 'resulttype', 'provisioningstatusinfostatus'],
  errorCode: ['errorcode', 'statuserrorcode', 'resultsignature', 'provisioningstatusinfoerrorinformationerrorcode'],
  errorCategory: ['errorcategory'],
  reason: ['reason', 'errorreason', 'statusreason', 'failurereason', 'errordescription', 'resultdescription', 'errormessage'],
  additionalDetails: ['additionaldetails'],
  recommendedAction: ['recommendedaction'],
  sourceSystem: ['sourcesystem', 'sourcesystemname', 'sourcesystemdisplayname'],
  targetSystem: ['targetsystem', 'targetsystemname', 'targetsystemdisplayname'],
  sourceId: ['sourceid', 'sourceidentityid', 'sourceobjectid'],
  sourceName: ['identity', 'sourceidentity', 'sourcedisplayname', 'sourceidentitydisplayname', 'sourcename'],
  sourceType: ['sourceidentitytype', 'sourcetype', 'identitytype', 'sourceobjecttype'],
  targetId: ['targetid', 'targetidentityid', 'targetobjectid'],
  targetName: ['targetidentity', 'targetdisplayname', 'targetidentitydisplayname', 'targetname'],
  targetType: ['targetidentitytype', 'targettype', 'targetobjecttype'],
  initiatedBy: ['initiatedby', 'initiatedbydisplayname', 'initiator'],
  initiatorType: ['initiatortype', 'initiatingtype', 'initiatedbyinitiatortype', 'initiatedbytype'],
  durationMs: ['durationinmilliseconds', 'durationms', 'duration', 'durationmilliseconds'],
  servicePrincipalId: ['serviceprincipalid'],
  servicePrincipalName: [
    'serviceprincipal',
    'serviceprincipalname',
    'serviceprincipaldisplayname',
    'application',
    'applicationname',
    'appname',
  ],
  /** Azure Monitor CSV exports carry the nested parts as JSON text. */
  stepsJson: ['provisioningsteps'],
  modifiedJson: ['modifiedproperties'],
  statusInfoJson: ['provisioningstatusinfo'],
} as const;

/** Fields of ProvisioningLogs_ProvisioningSteps. */
export const STEP_COLUMNS = {
  changeId: ['changeid'],
  name: ['name', 'stepname', 'provisioningstepname', 'step'],
  type: ['provisioningsteptype', 'steptype', 'type'],
  status: ['status', 'stepstatus', 'result'],
  description: ['description', 'stepdescription'],
  details: ['details', 'stepdetails'],
} as const;

/** Fields of ProvisioningLogs_ModifiedProperties. */
export const PROPERTY_COLUMNS = {
  changeId: ['changeid'],
  displayName: ['displayname', 'name', 'propertyname', 'property', 'attribute', 'attributename', 'targetattribute'],
  oldValue: ['oldvalue', 'old', 'originalvalue', 'previousvalue'],
  newValue: ['newvalue', 'new', 'modifiedvalue', 'value'],
} as const;

export type ColumnSpec = Readonly<Record<string, readonly string[]>>;

export interface ColumnMap<K extends string> {
  index: Partial<Record<K, number>>;
  /** Headers that matched no field, as given. */
  unknown: string[];
}

export function mapColumns<S extends ColumnSpec>(header: readonly string[], spec: S): ColumnMap<Extract<keyof S, string>> {
  type K = Extract<keyof S, string>;
  const index: Partial<Record<K, number>> = {};
  const unknown: string[] = [];
  header.forEach((h, i) => {
    const folded = foldHeader(h);
    const field = (Object.keys(spec) as K[]).find((k) => (spec[k] as readonly string[]).includes(folded));
    if (field !== undefined && index[field] === undefined) index[field] = i;
    else if (h.trim() !== '') unknown.push(h.trim().slice(0, 60));
  });
  return { index, unknown };
}
