import { z } from 'zod/mini';
import { requiredText } from '@/utils/portals/fill-values';
import type { FieldResult } from '@/utils/dom/field-result';
import { fillCheck } from '@/utils/dom/fill-field';
import { findSection } from '@/utils/dom/find-section';
import { readTable } from '@/utils/dom/read-table';
import { labelMatches } from '@/utils/dom/labels';
import { findLabelElements } from '@/utils/dom/read-value';
import { textOf } from '@/utils/dom/text';
import { buttonIn, fieldIn, fillChoiceByLabel, fillText } from '@/utils/portals/fields';
import { displayLabel, type FillOptions, type PortalFeature, variantsFor } from '@/utils/portals/types';
import { type ClaimRow, type ClaimsPlan, type ClaimsStrategy, planClaims, splitClaimUri } from './claims-plan';

/**
 * Entra: Single sign-on > SAML > "Attributes & Claims" (the claims page, or
 * section 2's summary), and the "Manage claim" pane that edits one claim.
 * The plan comes from claims-plan.ts; the admin opens each claim and saves.
 */

export const CLAIMS_LABELS = {
  page: { en: ['Attributes & Claims', 'Attributes and Claims'] },
  additionalClaims: { en: ['Additional claims'] },
  requiredClaim: { en: ['Required claim'] },
  uniqueUserIdentifier: { en: ['Unique User Identifier (Name ID)', 'Unique User Identifier'] },
  claimNameColumn: { en: ['Claim name', 'Name'] },
  namespaceColumn: { en: ['Namespace'] },
  valueColumn: { en: ['Value', 'Source attribute'] },
  addNewClaim: { en: ['Add new claim'] },
  manageClaim: { en: ['Manage claim'] },
  name: { en: ['Name'] },
  namespace: { en: ['Namespace'] },
  source: { en: ['Source'] },
  sourceAttribute: { en: ['Source attribute'] },
  attributeOption: { en: ['Attribute'] },
  save: { en: ['Save'] },
} as const;
const L = CLAIMS_LABELS;

export interface ClaimsRead {
  from: 'claims-page' | 'summary' | 'none';
  /** Additional claims (the Unique User Identifier is kept apart). */
  claims: ClaimRow[];
  /** Source attribute of the Unique User Identifier (Name ID), if shown. */
  nameIdSource: string | null;
}

// "user.userprincipalname [nameid-format:emailAddress]" → "user.userprincipalname"
function sourceOf(value: string): string {
  return value.trim().split(/\s+/)[0] ?? '';
}

function rowFrom(nameCell: string, namespaceCell: string | undefined, valueCell: string): ClaimRow {
  if (namespaceCell !== undefined) return { name: nameCell.trim(), namespace: namespaceCell.trim(), sourceAttribute: sourceOf(valueCell) };
  const { name, namespace } = splitClaimUri(nameCell);
  return { name, namespace, sourceAttribute: sourceOf(valueCell) };
}

const COLUMNS = { name: L.claimNameColumn.en, namespace: L.namespaceColumn.en, value: L.valueColumn.en };

function readClaimsPage(scope: ParentNode): ClaimsRead | null {
  const additional = findSection(scope, variantsFor(L.additionalClaims));
  if (!additional) return null;
  const rows = readTable(additional, COLUMNS, ['name', 'value']) ?? [];
  const claims = rows
    .filter((r) => r.cells.name && r.cells.value !== undefined)
    .map((r) => rowFrom(r.cells.name ?? '', r.cells.namespace, r.cells.value ?? ''));
  const required = findSection(scope, variantsFor(L.requiredClaim));
  const nameIdRow = required
    ? (readTable(required, COLUMNS, ['name', 'value']) ?? []).find((r) => labelMatches(r.cells.name ?? '', L.uniqueUserIdentifier.en))
    : undefined;
  return { from: 'claims-page', claims, nameIdSource: nameIdRow?.cells.value ? sourceOf(nameIdRow.cells.value) : null };
}

/** Section 2 of the SAML page: a two-column table, claim name → source attribute. */
function readSummary(section: Element): ClaimsRead {
  const claims: ClaimRow[] = [];
  let nameIdSource: string | null = null;
  for (const row of Array.from(section.querySelectorAll('tr'))) {
    const [head, cell] = Array.from(row.children);
    if (!head || !cell) continue;
    const name = textOf(head);
    const value = textOf(cell);
    if (labelMatches(name, L.uniqueUserIdentifier.en)) {
      nameIdSource = sourceOf(value);
      continue;
    }
    const split = splitClaimUri(name);
    // A bare name in the summary says nothing about its namespace.
    claims.push({ name: split.name, namespace: split.namespace === '' ? null : split.namespace, sourceAttribute: sourceOf(value) });
  }
  return { from: 'summary', claims, nameIdSource };
}

function detect(root: ParentNode): Element | null {
  const additional = findSection(root, variantsFor(L.additionalClaims));
  if (additional) return additional.parentElement ?? additional;
  return findSection(root, variantsFor(L.page));
}

function read(root: ParentNode): ClaimsRead {
  const page = readClaimsPage(root);
  if (page) return page;
  const section = findSection(root, variantsFor(L.page));
  return section ? readSummary(section) : { from: 'none', claims: [], nameIdSource: null };
}

export const ClaimTargetValues = z.object({
  name: requiredText(),
  sourceAttribute: requiredText(),
});
export type ClaimTargetValues = z.infer<typeof ClaimTargetValues>;

/** The open "Manage claim" pane, or null. */
export function detectManageClaim(root: ParentNode): Element | null {
  const pane = findSection(root, variantsFor(L.manageClaim));
  return pane && fieldIn(pane, L.sourceAttribute, undefined, 'combobox') ? pane : null;
}

/** The "Attribute" source option: a radio in the Source group, else a Source dropdown. */
async function setSourceAttribute(pane: Element, opts: FillOptions): Promise<FieldResult> {
  const group = findSection(pane, variantsFor(L.source, opts.lang));
  const radio = fieldIn(group ?? pane, L.attributeOption, opts.lang, 'radio');
  if (radio) return fillCheck(radio, true, { field: 'source', label: displayLabel(L.source) });
  return fillChoiceByLabel(pane, 'source', L.source, 'Attribute', opts);
}

/**
 * Fill the open "Manage claim" pane for one claim: Name, an empty Namespace,
 * Source = Attribute, and the Source attribute through its combobox.
 */
export async function fillManageClaim(root: ParentNode, claim: ClaimTargetValues, opts: FillOptions): Promise<FieldResult[]> {
  const pane = detectManageClaim(root);
  if (!pane) {
    return [
      {
        field: 'name',
        label: displayLabel(L.name),
        status: 'not-found',
        expected: claim.name,
        problem: 'Open the claim (or "Add new claim") first.',
      },
    ];
  }
  return [
    await fillText(pane, 'name', L.name, claim.name, opts),
    await fillText(pane, 'namespace', L.namespace, '', { ...opts, overwrite: true }),
    await setSourceAttribute(pane, opts),
    await fillChoiceByLabel(pane, 'sourceAttribute', L.sourceAttribute, claim.sourceAttribute, opts),
  ];
}

/** Read the page and plan the changes in one go. */
export function planFromPage(root: ParentNode, strategy: ClaimsStrategy = 'edit-defaults'): ClaimsPlan & { read: ClaimsRead } {
  const current = read(root);
  const plan = planClaims(current.claims, strategy);
  if (current.from === 'none') plan.warnings.push('No claims table on this page; open Attributes & Claims.');
  return { ...plan, read: current };
}

/** The element (a row's link) that opens a claim by its name, for highlighting. */
export function claimOpener(root: ParentNode, claim: ClaimRow): Element | null {
  const full = claim.namespace ? `${claim.namespace}/${claim.name}` : claim.name;
  const scope = findSection(root, variantsFor(L.additionalClaims)) ?? root;
  const label = findLabelElements(scope, [full])[0];
  return label?.closest('button, a, [role="button"], [role="link"]') ?? label?.querySelector('button, a') ?? label ?? null;
}

export function addNewClaimButton(root: ParentNode): Element | null {
  return buttonIn(root, L.addNewClaim);
}

export const claims: PortalFeature<ClaimsRead, ClaimTargetValues> = {
  id: 'entra.claims',
  portal: 'entra',
  step: 'claims',
  page: 'Enterprise app > Single sign-on > SAML > Attributes & Claims (and the Manage claim pane)',
  labels: L,
  detect,
  read,
  fillSchema: ClaimTargetValues,
  fill: fillManageClaim,
};
