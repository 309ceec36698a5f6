import { analyseTrace, type TraceEntry, type TraceOptions } from '@/utils/saml/analyse';
import { aadstsLabel } from '@/utils/saml/aadsts';
import type { CapturedItem } from '@/utils/saml/har';
import type { AnalysisContext } from '@/utils/saml/types';
import type { AnalysedItem } from './analysed';

/**
 * Captured items → timeline rows, through the SAML core's trace analysis
 * (decode → parse → verify → checks, Responses paired with their AuthnRequest).
 */

function shortStatus(codes: readonly string[] | undefined): string {
  const top = codes?.[0];
  if (!top || !codes) return '';
  const name = (s: string) => s.slice(s.lastIndexOf(':') + 1);
  const last = codes[codes.length - 1] ?? top;
  return codes.length > 1 ? `${name(top)}/${name(last)}` : name(top);
}

function keyOf(item: CapturedItem, index: number): string {
  return `${index}-${item.type}-${item.seq}-${item.time ?? ''}`;
}

export function toAnalysedItem(entry: TraceEntry, item: CapturedItem, index: number): AnalysedItem {
  const model = entry.analysis?.model ?? null;
  const time = entry.time ? Date.parse(entry.time) : NaN;
  const status =
    entry.kind === 'EntraError'
      ? entry.errorPage?.code != null
        ? aadstsLabel(entry.errorPage.code)
        : 'error'
      : model && 'status' in model
        ? shortStatus(model.status?.codes)
        : '';
  const isRequest = model?.kind === 'AuthnRequest' || model?.kind === 'LogoutRequest';
  return {
    key: keyOf(item, index),
    item,
    time: Number.isFinite(time) ? time : null,
    direction: entry.direction,
    binding: entry.analysis?.decoded?.binding ?? entry.stored?.binding ?? null,
    kind: entry.kind,
    status,
    // A plain unsigned AuthnRequest is normal; only Responses get a verdict mark.
    verdict: isRequest && entry.verdict === 'unsigned' ? null : entry.verdict,
    analysis: entry.analysis,
    errorPage: entry.errorPage ?? null,
    findings: entry.findings,
    samlId: isRequest && model && 'id' in model ? (model.id ?? null) : null,
    inResponseTo: model && 'inResponseTo' in model ? (model.inResponseTo ?? null) : null,
    pairKey: null,
    trace: entry,
  };
}

export async function analyseItems(
  items: readonly CapturedItem[],
  ctx: AnalysisContext,
  options: TraceOptions = {},
): Promise<AnalysedItem[]> {
  const { entries } = await analyseTrace(items, ctx, options);
  // analyseTrace answers one entry per item, in order.
  const out = entries.flatMap((e, i) => {
    const item = items[i];
    return item ? [toAnalysedItem(e, item, i)] : [];
  });
  entries.forEach((e, i) => {
    const row = out[i];
    if (row && e.pairedWith !== undefined) row.pairKey = out[e.pairedWith]?.key ?? null;
  });
  return out;
}
