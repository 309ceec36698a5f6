import { buildTraceExport } from '@/utils/saml/har/trace-export';
import { renderTraceReport } from '@/utils/saml/report';
import type { TraceAnalysis } from '@/utils/saml/analyse';
import type { AnalysedItem } from './analysed';

export type ExportKind = 'markdown' | 'trace';

/** What an unredacted export would reveal, for the confirmation dialog to name. */
export const UNREDACTED_CONTENTS = [
  'the users’ names, e-mail addresses and NameIDs',
  'every claim value in the assertions',
  'signature values and the full encoded SAML messages',
  'RelayState values and full URLs, including any session tokens in them',
] as const;

function traceOf(entries: readonly AnalysedItem[]): TraceAnalysis {
  // Indices in the analysis refer to this list; rebuild them for a filtered subset.
  const keys = entries.map((e) => e.key);
  return {
    entries: entries.map((e) => {
      const { pairedWith: _drop, ...rest } = e.trace;
      const pair = e.pairKey ? keys.indexOf(e.pairKey) : -1;
      return pair >= 0 ? { ...rest, pairedWith: pair } : rest;
    }),
  };
}

/** The text and file name of an export; redacted unless `redact` is false. */
export function buildExport(
  kind: ExportKind,
  entries: readonly AnalysedItem[],
  redact: boolean,
  now = new Date(),
): { name: string; text: string; type: string } {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const suffix = redact ? 'redacted' : 'UNREDACTED';
  const trace = traceOf(entries);
  if (kind === 'markdown') {
    return {
      name: `sso-diagnosis-${stamp}-${suffix}.md`,
      text: renderTraceReport(trace, { redact, generatedAt: now.toISOString() }),
      type: 'text/markdown',
    };
  }
  const json = buildTraceExport(trace, { redact, exportedAt: now.toISOString() });
  return { name: `sso-trace-${stamp}-${suffix}.json`, text: JSON.stringify(json, null, 2), type: 'application/json' };
}
