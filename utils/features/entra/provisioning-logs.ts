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
  // The scoping step's details (provisioning-facts.md §1.4, §4.3: SkipReason, IsActive, "Assigned to the application", IsInProvisioningScope).
  skipReason: { en: ['SkipReason', 'Skip reason'] },
  assigned: { en: ['Assigned to the application', 'Assigned', 'IsAssigned'] },
  active: { en: ['IsActive', 'Active in the source system'] },
  entitled: { en: ['IsEffectivelyEntitledForProvisioning'] },
  inProvisioningScope: { en: ['IsInProvisioningScope'] },
  // The Modified Properties tab: attribute, old and new value.
  property: { en: ['Display Name', 'Target attribute', 'Name'] },
  newValue: { en: ['New Value', 'New value'] },
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

/** The opened record's scoping details, as the Steps tab shows them: codes and True/False only, never a name. */
export interface ScopeRead {
  skipReason?: string;
  assigned?: 'True' | 'False';
  active?: 'True' | 'False';
  entitled?: 'True' | 'False';
  inScope?: 'True' | 'False';
}

export interface ProvisioningLogsRead {
  rows: { action: string; status: string }[];
  /** The row whose record the detail pane shows (its index in `rows`). */
  selectedRow: number | null;
  errorCode: string | null;
  reason: string | null;
  testConnection: 'success' | 'failure' | null;
  /** The code the failed Test Connection named ("Error code: …"). */
  testErrorCode: string | null;
  quarantined: boolean;
  /** Provision on demand: each step title with its status. */
  onDemand: { step: string; status: string }[];
  scope: ScopeRead;
  /** The opened record sent a guest's #EXT# UPN as userName (Modified Properties); the value itself is not kept. */
  guestUserName: boolean;
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

const CODE = /^[A-Za-z][A-Za-z0-9]{2,80}$/;
const BOOL = /^(true|false)$/i;

function flag(root: ParentNode, key: 'assigned' | 'active' | 'entitled' | 'inProvisioningScope'): 'True' | 'False' | undefined {
  const v = valueIn(root, L[key])?.trim() ?? '';
  return BOOL.test(v) ? (v.toLowerCase() === 'true' ? 'True' : 'False') : undefined;
}

function scopeOf(root: ParentNode): ScopeRead {
  const out: ScopeRead = {};
  const skip = valueIn(root, L.skipReason)?.trim() ?? '';
  if (CODE.test(skip)) out.skipReason = skip;
  const flags = { assigned: 'assigned', active: 'active', entitled: 'entitled', inScope: 'inProvisioningScope' } as const;
  for (const [key, label] of Object.entries(flags) as [keyof typeof flags, (typeof flags)[keyof typeof flags]][]) {
    const v = flag(root, label);
    if (v) out[key] = v;
  }
  return out;
}

function guestUserName(root: ParentNode): boolean {
  const props = readTable(root, { property: L.property.en, newValue: L.newValue.en }, ['property', 'newValue']) ?? [];
  return props.some((r) => (r.cells.property ?? '').trim().toLowerCase() === 'username' && /#EXT#/i.test(r.cells.newValue ?? ''));
}

/** "None" is what the Troubleshooting tab shows for a record without an error. */
function errorCodeOf(root: ParentNode): string | null {
  const v = valueIn(root, L.errorCode)?.trim() ?? '';
  return CODE.test(v) && v.toLowerCase() !== 'none' ? v : null;
}

function collect(root: ParentNode): ProvisioningLogsRead {
  const text = textOf(root);
  const table = (grid(root) ?? []).slice(0, MAX_ROWS);
  const rows = table.map((r) => ({ action: r.cells.action ?? '', status: r.cells.status ?? '' }));
  const selected = table.findIndex((r) => r.element?.getAttribute('aria-selected') === 'true');
  const failed = has(text, 'testFailed');
  return {
    rows,
    selectedRow: selected >= 0 ? selected : null,
    errorCode: errorCodeOf(root),
    reason: valueIn(root, L.reason)?.slice(0, 2000) ?? null,
    testConnection: failed ? 'failure' : has(text, 'testOk') ? 'success' : null,
    testErrorCode: failed ? (/Error code:?\s*([A-Za-z]+)/.exec(text)?.[1] ?? null) : null,
    quarantined: has(text, 'quarantine'),
    onDemand: onDemand(root),
    scope: scopeOf(root),
    guestUserName: guestUserName(root),
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
      selectedRow: r.selectedRow ?? undefined,
      // One record of codes and True/False (observed values hold lists of records, not objects).
      scope: Object.keys(r.scope).length > 0 ? [{ ...r.scope }] : undefined,
      guestUserName: r.guestUserName || undefined,
    }),
  }),
});
