import type { CapturedItem } from '@/utils/saml/har';
import type { TraceEntry } from '@/utils/saml/analyse';
import type { EntraErrorPage } from '@/utils/saml/aadsts';
import type { Binding, Finding, MessageAnalysis, Verdict } from '@/utils/saml/types';

/** One row of the doctor's timeline: a captured item with everything the analysis found. */
export interface AnalysedItem {
  key: string;
  item: CapturedItem;
  /** Epoch ms, or null when the capture gave no time. */
  time: number | null;
  direction: 'sp-to-idp' | 'idp-to-sp';
  binding: Binding | null;
  /** AuthnRequest, Response, … or 'EntraError' / 'Unknown'. */
  kind: string;
  /** SAML top-level status (short) or HTTP status, for the timeline. */
  status: string;
  verdict: Verdict | null;
  analysis: MessageAnalysis | null;
  errorPage: EntraErrorPage | null;
  findings: Finding[];
  /** The SAML ID (requests) or InResponseTo (responses), for pairing. */
  samlId: string | null;
  inResponseTo: string | null;
  /** Key of the paired request/response, when the timeline holds both. */
  pairKey: string | null;
  /** The core's entry, kept for the exports. */
  trace: TraceEntry;
}
