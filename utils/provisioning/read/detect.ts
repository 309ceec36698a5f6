import { looksLikeCsv } from '@/utils/provisioning/csv';
import { contentStart } from './text';

/**
 * Whether a file is one of the provisioning exports, from its first few
 * kilobytes (and its name, for the CSV download): the CLI and the panel ask
 * this before sending a file to the SAML readers, so one drop zone and one
 * command take both. A HAR or SAML-tracer export never counts, even when a
 * captured response body mentions provisioning.
 */

/** How much of a file the detector needs. */
export const DETECT_HEAD_CHARS = 8192;

// Keys only provisioning records, on-demand results, jobs or Log Analytics rows carry (any casing Graph or Azure Monitor uses).
const PROVISIONING_KEY =
  /"(provisioningAction|provisioningStatusInfo|provisioningSteps|cycleId|changeId|jobId|countSuccessiveCompleteFailures|synchronizedEntryCountByType|quarantine|templateId|ResultSignature|AADProvisioningLogs)"/i;
const ON_DEMAND = /stringKeyStringValuePair|"key"\s*:\s*"\{\\"result\\"/;
const SAML_CAPTURE = /^\{\s*"(log|requests|format)"\s*:/;

export function looksLikeProvisioning(head: string, name: string | null = null): boolean {
  const start = contentStart(head);
  const body = head.slice(start).trimStart();
  const c = body.charAt(0);
  if (c === '{' || c === '[') {
    if (SAML_CAPTURE.test(body)) return false;
    return PROVISIONING_KEY.test(body) || ON_DEMAND.test(body);
  }
  if (!body) return false;
  if (name && /\.csv$/i.test(name)) return true;
  const firstLine = body.split('\n', 1)[0] ?? '';
  return looksLikeCsv(head, start, null) && /change\s*_?id|provisioning|cycle\s*_?id|job\s*_?id/i.test(firstLine);
}
