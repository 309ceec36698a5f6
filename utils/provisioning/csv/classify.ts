import { LOG_COLUMNS, PROPERTY_COLUMNS, STEP_COLUMNS, foldHeader } from './headers';

/**
 * Which of the three download files a CSV is: the file name says it when it
 * was kept ("ProvisioningLogs_ProvisioningSteps…"), the headers otherwise.
 */
export type CsvFileKind = 'log' | 'steps' | 'properties' | 'unknown';

function has(folded: Set<string>, names: readonly string[]): boolean {
  return names.some((n) => folded.has(n));
}

export function classifyCsv(header: readonly string[], fileName: string | null): CsvFileKind {
  const name = fileName ? foldHeader(fileName) : '';
  const folded = new Set(header.map(foldHeader));
  const looksLikeProperties = has(folded, PROPERTY_COLUMNS.oldValue) && has(folded, PROPERTY_COLUMNS.newValue);
  const looksLikeSteps =
    has(folded, ['provisioningsteptype', 'steptype', 'stepname']) || (has(folded, ['description']) && has(folded, ['name']));
  const looksLikeLog = has(folded, LOG_COLUMNS.action) || has(folded, LOG_COLUMNS.sourceName) || has(folded, LOG_COLUMNS.errorCode);
  if (name.includes('modifiedproperties') && looksLikeProperties) return 'properties';
  if (name.includes('provisioningsteps') && (looksLikeSteps || has(folded, STEP_COLUMNS.status))) return 'steps';
  if (looksLikeProperties && !looksLikeLog) return 'properties';
  if (looksLikeSteps && !looksLikeLog) return 'steps';
  if (looksLikeLog || (has(folded, LOG_COLUMNS.changeId) && has(folded, LOG_COLUMNS.status))) return 'log';
  return 'unknown';
}
