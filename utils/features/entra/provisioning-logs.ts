import { findSection } from '@/utils/dom/find-section';
import { readTable } from '@/utils/dom/read-table';
import { valueIn } from '@/utils/features/fields';
import { variantsFor } from '@/utils/features/labels';
import { compact } from '@/utils/features/page-helpers';
import { defineFeature } from '@/utils/features/types';

/**
 * Entra: what provisioning reports, read only: the Provisioning logs grid,
 * the log detail pane (its error code and reason), the Provision on demand
 * result, the Test Connection notification and the quarantine banner
 * (provisioning-facts.md §1.5, §3.2, §4.2, §4.3). It fills nothing; its
 * observation feeds the wizard's SCIM step (last cycle, top cause). No
 * identity is kept: the grid's Identity column is not read.
 */

const L = {
  logs: { en: ['Provisioning logs'] },
  action: { en: ['Action'] },
  status: { en: ['Status'] },
  errorCode: { en: ['Error Code', 'Error code'] },
  reason: { en: ['Reason'] },
  testOk: { en: ['The supplied credentials are authorized to enable provisioning'] },
  testFailed: { en: ['You appear to have entered invalid credentials', 'Failed to test connection to target application'] },
  quarantine: { en: ['Provisioning has been quarantined'] },
  performAction: { en: ['Perform action'] },
  inScope: { en: ['Determine if user is in scope'] },
  onDemandSteps: {
    en: [
      'Test connection',
      'Import user',
      'Determine if user is in scope',
      'Match user between source and target system',
      'Perform action',
    ],
  },
} as const;

const STATUSES = /\b(Success|Failure|Skipped|Warning)\b/i;
/** Rows read at most: the wizard needs the last cycle's shape, not the whole log. */
const MAX_ROWS = 200;

export interface ProvisioningLogsRead {
  rows: { action: string; status: string }[];
  errorCode: string | null;
  reason: string | null;
  testConnection: 'success' | 'failure' | null;
  /** The code the failed Test Connection named ("Error code: …"). */
  testErrorCode: string | null;
  quarantined: boolean;
  /** Provision on demand: each step title with its status. */
  onDemand: { step: string; status: string }[];
}

/** The page's text, its text nodes joined by spaces (textContent runs "…Failure" and "Details" together). */
function textOf(root: ParentNode): string {
  const node = 'body' in root ? (root as Document).body : (root as Element);
  if (!node) return '';
  const doc = node.ownerDocument;
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The innermost elements whose whole text is the title (any element: portals use headings, spans, divs). */
function titled(root: ParentNode, title: string): Element | null {
  const hits = [...root.querySelectorAll('*')].filter((el) => (el.textContent ?? '').trim() === title);
  return hits.find((el) => !hits.some((o) => o !== el && el.contains(o))) ?? null;
}

function has(text: string, key: keyof typeof L): boolean {
  return variantsFor(L[key]).some((v) => text.includes(v));
}

function grid(root: ParentNode) {
  return readTable(root, { action: L.action.en, status: L.status.en }, ['action', 'status']);
}

function onDemand(root: ParentNode): { step: string; status: string }[] {
  // The result pane: its scope or action step is there (a skipped user's result stops after scoping).
  if (!titled(root, L.performAction.en[0]) && !titled(root, L.inScope.en[0])) return [];
  const out: { step: string; status: string }[] = [];
  for (const title of L.onDemandSteps.en) {
    const el = titled(root, title);
    // The step's status is written next to its title ("Success | View details").
    for (let p = el?.parentElement ?? null, depth = 0; p && depth < 3; p = p.parentElement, depth++) {
      const m = STATUSES.exec((p.textContent ?? '').replace(title, ''));
      if (m?.[1]) {
        out.push({ step: title, status: m[1] });
        break;
      }
    }
  }
  return out;
}

function collect(root: ParentNode): ProvisioningLogsRead {
  const text = textOf(root);
  const rows = (grid(root) ?? []).slice(0, MAX_ROWS).map((r) => ({ action: r.cells.action ?? '', status: r.cells.status ?? '' }));
  const failed = has(text, 'testFailed');
  return {
    rows,
    errorCode: valueIn(root, L.errorCode),
    reason: valueIn(root, L.reason)?.slice(0, 2000) ?? null,
    testConnection: failed ? 'failure' : has(text, 'testOk') ? 'success' : null,
    testErrorCode: failed ? (/Error code:?\s*([A-Za-z]+)/.exec(text)?.[1] ?? null) : null,
    quarantined: has(text, 'quarantine'),
    onDemand: onDemand(root),
  };
}

function detect(root: ParentNode): Element | null {
  const logs = findSection(root, variantsFor(L.logs));
  if (logs && grid(logs)) return logs;
  const body = 'body' in root ? (root as Document).body : (root as Element);
  const r = collect(root);
  const seen = r.rows.length > 0 || r.errorCode !== null || r.testConnection !== null || r.quarantined || r.onDemand.length > 0;
  return seen ? body : null;
}

export const provisioningLogs = defineFeature({
  id: 'entra/provisioning-logs',
  portal: 'entra',
  step: 'scim',
  page: 'Enterprise app > Provisioning logs (grid and details), Provision on demand, Test Connection, the quarantine banner',
  title: 'Provisioning results',
  labels: L,
  hints: ['logs', 'errorCode', 'testOk', 'testFailed', 'quarantine', 'performAction', 'inScope'],
  detect,
  collect,
  observe: (r) => ({
    saved: true,
    values: compact({
      rows: r.rows.length > 0 ? r.rows : undefined,
      errorCode: r.errorCode ?? undefined,
      reason: r.reason ?? undefined,
      testConnection: r.testConnection ?? undefined,
      testErrorCode: r.testErrorCode ?? undefined,
      quarantined: r.quarantined || undefined,
      onDemand: r.onDemand.length > 0 ? r.onDemand : undefined,
    }),
  }),
});
