import { z } from 'zod/mini';
import type { FieldResult } from '@/utils/dom/field-result';
import { fillCheck } from '@/utils/dom/fill-field';
import { findSection } from '@/utils/dom/find-section';
import { labelMatches } from '@/utils/dom/labels';
import { readPairs } from '@/utils/dom/read-pairs';
import { extentOf, type GridExtent, type ListExtent, readTableExtent } from '@/utils/dom/read-table';
import { findLabelElements } from '@/utils/dom/read-value';
import { readControlValue } from '@/utils/dom/set-value';
import { REQUIRED_CLAIMS, type RequiredClaim } from '@/utils/setup/profile';
import type { ObservedValue, SetupSession } from '@/utils/setup/session';
import { num, rows } from '@/utils/setup/wizard/observations';
import type { Mismatch } from '@/utils/setup/wizard/types';
import { buttonIn, fieldIn, fillChoiceByLabel, fillText, replacing } from '@/utils/features/fields';
import { requiredText } from '@/utils/features/fill-values';
import { displayLabel, pageLabel, variantsFor } from '@/utils/features/labels';
import { compact, highlights, memo, shownAs } from '@/utils/features/page-helpers';
import type { FillPlan } from '@/utils/messages/fill-plan';
import { defineFeature, type FillOptions, type Highlight } from '@/utils/features/types';
import { checkClaims, type ClaimRow, type ClaimsPlan, type ClaimsStrategy, planClaims, splitClaimUri } from './claims-rules';

/**
 * Entra: Single sign-on > SAML > "Attributes & Claims" (the claims page, or
 * section 2's summary), and the "Manage claim" pane that edits one claim.
 * The plan comes from ./claims-rules.ts; the admin opens each claim and saves.
 */

const L = {
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

export interface ClaimsRead {
  from: 'claims-page' | 'summary' | 'none';
  /** Additional claims (the Unique User Identifier is kept apart). */
  claims: ClaimRow[];
  /** Source attribute of the Unique User Identifier (Name ID), if shown. */
  nameIdSource: string | null;
  /** The list is virtualised and only part of it has been read: how much. Null when every claim was read. */
  partial: ListExtent | null;
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

/**
 * The claims page's two grids, read once per scan (the plan, the notes and the list offer all use them). While a
 * view draws, "Additional claims" may be only a heading whose section holds the Required claim's grid: that grid is
 * never taken for the additional one, and no additional grid yet means nothing read yet.
 */
function claimsGrids(root: ParentNode) {
  return memo('claimsGrids', () => {
    const section = findSection(root, variantsFor(L.additionalClaims));
    if (!section) return null;
    const requiredSection = findSection(root, variantsFor(L.requiredClaim));
    const required = requiredSection ? readTableExtent(requiredSection, COLUMNS, ['name', 'value']) : null;
    return { additional: readTableExtent(section, COLUMNS, ['name', 'value'], required?.table), required };
  });
}

const nothingRead = (): ClaimsRead => ({ from: 'none', claims: [], nameIdSource: null, partial: null });

function readClaimsPage(scope: ParentNode): ClaimsRead | null {
  const grids = claimsGrids(scope);
  if (!grids) return null;
  const table = grids.additional;
  // The claims page, its list not drawn yet: nothing to report, and no summary to read instead.
  if (!table) return nothingRead();
  const claims = table.rows
    .filter((r) => r.cells.name && r.cells.value !== undefined)
    .map((r) => rowFrom(r.cells.name ?? '', r.cells.namespace, r.cells.value ?? ''));
  const nameIdRow = grids.required?.rows.find((r) => labelMatches(r.cells.name ?? '', L.uniqueUserIdentifier.en));
  return {
    from: 'claims-page',
    claims,
    nameIdSource: nameIdRow?.cells.value ? sourceOf(nameIdRow.cells.value) : null,
    partial: table.complete ? null : { known: table.rows.length, total: table.total },
  };
}

/** The Additional claims grid, which the plan needs whole. */
function additionalGrid(root: ParentNode): GridExtent[] {
  const table = claimsGrids(root)?.additional;
  return table ? [extentOf(table)] : [];
}

/** Section 2 of the SAML page: label → value rows, claim name → source attribute. */
function readSummary(section: Element): ClaimsRead {
  const claims: ClaimRow[] = [];
  let nameIdSource: string | null = null;
  for (const { label: name, value } of readPairs(section)) {
    if (labelMatches(name, L.uniqueUserIdentifier.en)) {
      nameIdSource = sourceOf(value);
      continue;
    }
    // The shell's blade header ("Attributes & Claims" over the app's name) is no claim.
    if (labelMatches(name, variantsFor(L.page))) continue;
    const split = splitClaimUri(name);
    // A bare name in the summary says nothing about its namespace.
    claims.push({ name: split.name, namespace: split.namespace === '' ? null : split.namespace, sourceAttribute: sourceOf(value) });
  }
  // Section 2 always lists the Unique User Identifier: without it and without claims this is not that section.
  if (claims.length === 0 && nameIdSource === null) return nothingRead();
  return { from: 'summary', claims, nameIdSource, partial: null };
}

/** The open "Manage claim" pane, or null. */
function detectManageClaim(root: ParentNode): Element | null {
  const pane = findSection(root, variantsFor(L.manageClaim));
  return pane && fieldIn(pane, L.sourceAttribute, undefined, 'combobox') ? pane : null;
}

const manageClaimPane = (root: ParentNode): Element | null => memo('manageClaim', () => detectManageClaim(root));

function detectList(root: ParentNode): Element | null {
  const additional = findSection(root, variantsFor(L.additionalClaims));
  if (additional) return additional.parentElement ?? additional;
  return findSection(root, variantsFor(L.page));
}

function collect(root: ParentNode): ClaimsRead {
  const page = readClaimsPage(root);
  if (page) return page;
  const section = findSection(root, variantsFor(L.page));
  return section ? readSummary(section) : nothingRead();
}

/** Read the page and plan the changes in one go. */
export function planFromPage(root: ParentNode, strategy: ClaimsStrategy = 'edit-defaults'): ClaimsPlan & { read: ClaimsRead } {
  const current = collect(root);
  const plan = planClaims(current.claims, strategy);
  if (current.from === 'none') plan.warnings.push(`No claims table on this page; open ${pageLabel(L.page)}.`);
  return { ...plan, read: current };
}

const pagePlan = (root: ParentNode) => memo('claimsPlan', () => planFromPage(root));

/** The element (a row's link) that opens a claim by its name, for highlighting. */
function claimOpener(root: ParentNode, claim: ClaimRow): Element | null {
  const full = claim.namespace ? `${claim.namespace}/${claim.name}` : claim.name;
  const scope = findSection(root, variantsFor(L.additionalClaims)) ?? root;
  const label = findLabelElements(scope, [full])[0];
  return label?.closest('button, a, [role="button"], [role="link"]') ?? label?.querySelector('button, a') ?? label ?? null;
}

const ManageClaimValues = z.object({ name: requiredText(), sourceAttribute: requiredText(), convertsDefault: z.boolean() });
type ManageClaimValues = z.infer<typeof ManageClaimValues>;

/**
 * Which required claim the open pane is for. The plan comes from the claims
 * list: on this page when it is here, else as the session last saw it (a
 * React view's pane cannot see the list's frame), else from the one claim the
 * pane itself shows.
 */
function claimForPane(root: ParentNode, pane: Element, seen?: readonly ClaimRow[]): { claim: RequiredClaim; convertsDefault: boolean } {
  const nameInput = fieldIn(pane, L.name, undefined, 'textbox');
  const current = nameInput ? readControlValue(nameInput).trim() : '';
  const onPage = readClaimsPage(root);
  // A list the session saw may not name the pane's claim (a list read in words it has no labels for): the pane's own row decides then.
  const plans = onPage
    ? [planClaims(onPage.claims)]
    : [...(seen && seen.length > 0 ? [planClaims([...seen])] : []), planClaims(paneRow(pane, current))];
  for (const plan of plans) {
    for (const a of plan.actions) {
      if ((a.kind === 'edit' || a.kind === 'keep') && (a.current.name === current || a.claim.name === current)) {
        return { claim: a.claim, convertsDefault: a.kind === 'edit' && a.current.name !== a.claim.name };
      }
    }
  }
  const plan = plans[0] ?? planClaims([]);
  if (current === '') for (const a of plan.actions) if (a.kind === 'add') return { claim: a.claim, convertsDefault: false };
  const fallback = REQUIRED_CLAIMS.find((c) => c.name === current) ?? REQUIRED_CLAIMS[0];
  return { claim: fallback ?? { name: 'email', sourceAttribute: 'user.mail' }, convertsDefault: false };
}

function paneRow(pane: Element, name: string): ClaimRow[] {
  if (!name) return [];
  const namespace = fieldIn(pane, L.namespace, undefined, 'textbox');
  const source = fieldIn(pane, L.sourceAttribute, undefined, 'combobox');
  return [
    {
      name,
      namespace: namespace ? readControlValue(namespace).trim() : null,
      sourceAttribute: source ? readControlValue(source).trim() : '',
    },
  ];
}

function seenRows(plan: FillPlan): ClaimRow[] {
  return (plan.rowsSeen ?? []).map((r) => ({ name: r.name ?? '', namespace: r.namespace ?? null, sourceAttribute: r.source ?? '' }));
}

/** The "Attribute" source option: a radio in the Source group, else a Source dropdown. */
async function setSourceAttribute(pane: Element, opts: FillOptions): Promise<FieldResult> {
  const group = findSection(pane, variantsFor(L.source, opts.lang));
  const radio = fieldIn(group ?? pane, L.attributeOption, opts.lang, 'radio');
  if (radio) return fillCheck(radio, true, { field: 'source', label: displayLabel(L.source) });
  return fillChoiceByLabel(pane, 'source', L.source, pageLabel(L.attributeOption), opts);
}

/**
 * Fill the open "Manage claim" pane for one claim: Name, an empty Namespace,
 * Source = Attribute, and the Source attribute through its combobox.
 * Converting one of Entra's default claims is the planned change the admin
 * opened it for, so its name is replaced without a separate agreement.
 */
async function insert(root: ParentNode, values: ManageClaimValues, opts: FillOptions): Promise<FieldResult[]> {
  const pane = detectManageClaim(root);
  if (!pane) {
    return [
      {
        field: 'name',
        label: 'Manage claim',
        status: 'not-found',
        expected: values.name,
        problem: `Open a claim (or "${pageLabel(L.addNewClaim)}") first; the assistant fills the pane that opens.`,
      },
    ];
  }
  const paneOpts = values.convertsDefault ? ['name', 'source', 'sourceAttribute'].reduce(replacing, opts) : opts;
  return [
    await fillText(pane, 'name', L.name, values.name, paneOpts),
    await fillText(pane, 'namespace', L.namespace, '', replacing(paneOpts, 'namespace')),
    await setSourceAttribute(pane, paneOpts),
    await fillChoiceByLabel(pane, 'sourceAttribute', L.sourceAttribute, values.sourceAttribute, paneOpts),
  ];
}

/** The session keeps up to 200 rows: JustCall's claims and UPN-sourced ones (what the checks look at) first, in list order. */
const OBSERVED_ROWS = 200;

function observedRows(all: readonly ClaimRow[]): ClaimRow[] {
  if (all.length <= OBSERVED_ROWS) return [...all];
  const wanted = new Set(REQUIRED_CLAIMS.map((c) => c.name.toLowerCase()));
  const checked = (c: ClaimRow) => wanted.has(c.name.toLowerCase()) || c.sourceAttribute.toLowerCase() === 'user.userprincipalname';
  const keep = new Set([...new Set([...all.filter(checked), ...all])].slice(0, OBSERVED_ROWS));
  return all.filter((c) => keep.has(c));
}

type Row = Record<string, string>;
const rowsIn = (v: ObservedValue | undefined): Row[] =>
  Array.isArray(v) ? v.filter((r): r is Row => typeof r === 'object' && r !== null && !Array.isArray(r)) : [];
const rowKey = (r: Row) => [r.name ?? '', r.namespace ?? '', (r.source ?? '').toLowerCase()].join('\u0000');

/**
 * A partly read claims list adds nothing to an earlier whole read (the SAML
 * page's summary, or the list read whole) when the list still holds as many
 * claims and every row read is one of the earlier ones: that read stands.
 */
function keepsEarlier(earlier: Readonly<Record<string, ObservedValue>>, next: Readonly<Record<string, ObservedValue>>): boolean {
  const total = next.claimsTotal;
  if (typeof total !== 'number' || total < 0 || earlier.claimsTotal !== undefined) return false;
  const before = rowsIn(earlier.claims);
  if (before.length !== total) return false;
  const known = new Set(before.map(rowKey));
  return rowsIn(next.claims).every((r) => known.has(rowKey(r)));
}

const readAllLabel = (total: number | null) => (total === null ? 'Read all rows' : `Read all ${total} rows`);

function partialMismatch(names: string[], known: number, total: number | null): Mismatch {
  return {
    id: 'claims-list-partial',
    step: 'claims',
    title: 'The claims list was read only in part',
    detail: `${pageLabel(L.page)} shows its claims a screenful at a time; the assistant has read ${known} of ${total ?? 'more'}, and ${names.map((n) => `"${n}"`).join(', ')} ${names.length === 1 ? 'is' : 'are'} not among them.`,
    fix: `Click "${readAllLabel(total)}" in the assistant's box on ${pageLabel(L.page)}: it scrolls the list through and reads every claim.`,
  };
}

const partialNote = (p: ListExtent) =>
  `This list is read only in part (${p.known} of ${p.total ?? 'more'} claims), so the assistant cannot yet tell which claims to add or change. Click "${readAllLabel(p.total)}" first.`;

/** The claims seen on Attributes & Claims against the ones JustCall needs. */
function mismatches(session: SetupSession): Mismatch[] {
  const obs = session.observations['entra/claims'];
  if (!obs) return [];
  const { checks, warnings } = checkClaims(rows(obs, 'claims'));
  // A claim not among the rows read of a partly read list may be further down: say that, not "missing".
  const total = num(obs, 'claimsTotal');
  const known = num(obs, 'claimsRead');
  const partial = total !== null && known !== null;
  const unseen = partial ? checks.filter((c) => c.missing) : [];
  const out: Mismatch[] = checks
    .filter((c) => !c.ok && !unseen.includes(c))
    .map((c) => ({
      id: `claim-${c.name}`,
      step: 'claims' as const,
      title: `Claim "${c.name}" is not right`,
      detail: c.problem ?? '',
      fix: `Open ${pageLabel(L.page)} and use "Fill from JustCall", or set ${pageLabel(L.name)}, an empty ${pageLabel(L.namespace)} and the ${pageLabel(L.sourceAttribute)} by hand.`,
    }));
  if (unseen.length > 0)
    out.push(
      partialMismatch(
        unseen.map((c) => c.name),
        known ?? 0,
        total === null || total < 0 ? null : total,
      ),
    );
  for (const w of warnings) {
    out.push({
      id: 'claim-upn',
      step: 'claims',
      title: 'A claim uses user.userprincipalname',
      detail: w,
      fix: "Use user.mail unless every UPN equals the user's email.",
    });
  }
  return out;
}

function notes(root: ParentNode): string[] {
  if (manageClaimPane(root)) return [];
  const plan = pagePlan(root);
  if (plan.read.partial) return [partialNote(plan.read.partial)];
  const out = [...plan.warnings];
  for (const a of plan.actions) {
    if (a.kind === 'edit')
      out.push(`Open "${a.current.name}" and make it ${a.claim.name} ← ${a.claim.sourceAttribute} (${a.changes.join(', ')}).`);
    if (a.kind === 'add') out.push(`Click "${pageLabel(L.addNewClaim)}" for ${a.claim.name} ← ${a.claim.sourceAttribute}.`);
    if (a.kind === 'delete') out.push(`Delete "${a.current.name}" (${a.reason}).`);
  }
  if (plan.done) out.push('All three claims are right. Leave "name" and the Unique User Identifier as they are.');
  return out;
}

function nextClick(root: ParentNode): Highlight | null {
  if (manageClaimPane(root)) return null;
  const plan = pagePlan(root);
  // Acting on a partly read list could add a claim that is further down.
  if (plan.read.partial) return null;
  for (const a of plan.actions) {
    if (a.kind === 'edit') {
      const el = claimOpener(root, a.current);
      if (el) return { label: `"${a.current.name}"`, el };
    }
    if (a.kind === 'add') {
      const el = buttonIn(root, L.addNewClaim);
      if (el) return { label: shownAs(L.addNewClaim, el)[0], el };
    }
  }
  return null;
}

export const claims = defineFeature({
  id: 'entra/claims',
  portal: 'entra',
  step: 'claims',
  page: 'Enterprise app > Single sign-on > SAML > Attributes & Claims (and the Manage claim pane)',
  title: 'Attributes & Claims',
  labels: L,
  hints: ['page', 'additionalClaims', 'manageClaim'],
  detect: (root) => manageClaimPane(root) ?? detectList(root),
  collect: (root) => pagePlan(root).read,
  observe: (r, root) =>
    manageClaimPane(root) || r.from === 'none'
      ? null
      : {
          saved: true,
          values: compact({
            claims: observedRows(r.claims).map((c) => ({ name: c.name, namespace: c.namespace ?? '', source: c.sourceAttribute })),
            nameIdSource: r.nameIdSource ?? undefined,
            claimsRead: r.partial?.known,
            claimsTotal: r.partial ? (r.partial.total ?? -1) : undefined,
          }),
        },
  keepsEarlier,
  fill: {
    from: 'JustCall',
    plan: Object.fromEntries(
      REQUIRED_CLAIMS.map((c) => [c.name, { from: 'constant', value: c.sourceAttribute, source: "JustCall's claim list (setup guide)" }]),
    ),
    schema: ManageClaimValues,
    // The pane is for one claim: the one the plan assigns to it.
    rowsSeen: (session) => rows(session.observations['entra/claims'], 'claims'),
    values: (plan, root) => {
      const pane = detectManageClaim(root);
      const { claim, convertsDefault } = pane
        ? claimForPane(root, pane, seenRows(plan))
        : { claim: REQUIRED_CLAIMS[0], convertsDefault: false };
      return { name: claim?.name, sourceAttribute: claim?.sourceAttribute, convertsDefault };
    },
    insert,
    // The claims list is read-only: Fill applies to the Manage claim pane the admin opens.
    canFill: (root) => detectManageClaim(root) !== null,
    fillsHere: (root) => {
      const pane = detectManageClaim(root);
      if (!pane) return null;
      const { claim } = claimForPane(root, pane);
      return [`${claim.name} ← ${claim.sourceAttribute}, with an empty Namespace`];
    },
  },
  commit: (root) => {
    const pane = detectManageClaim(root);
    return pane ? highlights(shownAs(L.save, buttonIn(pane, L.save))) : [];
  },
  lists: (root) => (manageClaimPane(root) ? [] : additionalGrid(root)),
  notes,
  nextClick,
  mismatches,
});
