import type { FieldSpec, Variant } from '@/tests/corpus/variant';
import { ASSIGNED } from '@/tests/corpus/values';
import { basicSamlFields, credentialFields, modeField } from './fields';
import { samlSummaryHtml } from './saml-summary';
import { adminCenter, fxsShell, HOSTING_DOCS, reactView, viewFrame } from './shell';

/** Fluent UI 8 views in reactblade iframes (evidence 2, 3, 5–9). */

/** The previous view of the pane, kept hidden in the DOM (evidence 3): the app's Properties, with a form of its own. */
const INACTIVE_PROPERTIES = {
  host: 'sandbox-3.reactblade.portal.azure.net',
  path: '/ReactView/Microsoft_AAD_IAM/index.html',
  title: 'AppProperties.ReactView',
  body: () =>
    '<h3>Properties</h3><label for="p-name">Name</label><input id="p-name" value="JustCall"><label for="p-url">Homepage URL</label><input id="p-url" value="">',
};

/** The SAML page (the shell's blade) with a context pane holding the view's active frame and an inactive one. */
function paneOverSamlPage(pane: string, view: string, viewDoc: string, lang?: 'de'): Variant['documents'][string] {
  return adminCenter({
    title: 'JustCall | SAML-based Sign-on - Microsoft Entra admin center',
    blade: 'SignOn',
    ...(lang ? { lang } : {}),
    body: fxsShell({
      blade: lang === 'de' ? 'JustCall | SAML-basiertes einmaliges Anmelden' : 'JustCall | SAML-based Sign-on',
      bladeSubtitle: lang === 'de' ? 'Unternehmensanwendung' : 'Enterprise Application',
      bladeContent: () => samlSummaryHtml(lang ?? 'en'),
      pane,
      paneContent: (url) => viewFrame(url, 'inactive', 'AppProperties', false) + viewFrame(url, viewDoc, view, true),
    }),
  });
}

/** A blade of the app whose content is one React view, beside the previous view kept hidden. */
function bladeWithView(title: string, menu: string, view: string): Variant['documents'][string] {
  return adminCenter({
    title: `JustCall | ${title} - Microsoft Entra admin center`,
    blade: menu,
    body: fxsShell({
      blade: `JustCall | ${title}`,
      bladeSubtitle: 'Enterprise Application',
      bladeContent: (url) => viewFrame(url, 'inactive', 'AppProperties', false) + viewFrame(url, 'view', view, true),
    }),
  });
}

const assignedFields: FieldSpec[] = [
  {
    feature: 'entra/users-groups',
    field: 'assigned',
    expected: ASSIGNED.length,
    source: { from: 'observed', feature: 'entra/users-groups', key: 'assigned' },
  },
  // Who is assigned is not judged here: the session keeps the count only, never people's names (they would sit in
  // storage.local). So this variant no longer proves the names are read by column rather than from the Persona coin.
];

const claimFields: FieldSpec[] = [
  { feature: 'entra/claims', field: 'name', expected: 'email', source: { from: 'page' } },
  { feature: 'entra/claims', field: 'namespace', expected: '', source: { from: 'page' }, keep: true },
  { feature: 'entra/claims', field: 'source', expected: 'Attribute', source: { from: 'page' }, keep: true },
  { feature: 'entra/claims', field: 'sourceAttribute', expected: 'user.mail', source: { from: 'page' } },
];

export const FLUENT_VARIANTS: Variant[] = [
  {
    id: 'fluent-textfield-tooltip',
    title: 'Basic SAML, Fluent TextFields with a TooltipHost in each label',
    stack: 'fluent',
    evidence:
      '2 (pane title drawn by the shell), 3 (ReactView frame, inactive frame kept hidden), 5 (TextField label holding a TooltipHost; required mark)',
    story: 'The admin opens Basic SAML Configuration (one field per value) and clicks Fill.',
    top: 'top',
    documents: {
      top: paneOverSamlPage('Basic SAML Configuration', 'BasicSamlPane', 'view'),
      view: reactView('sandbox-3.reactblade.portal.azure.net', 'BasicSamlPane', 'fluent/basic-saml-tooltip'),
      inactive: INACTIVE_PROPERTIES,
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'fluent-basic-saml-add-links',
    title: 'Basic SAML (Fluent), new non-gallery app: no rows until the Add links',
    stack: 'fluent',
    evidence: '2, 3, 5 (Link as button.ms-Link), 6 (no Identifier or Reply URL input until "Add identifier" / "Add reply URL")',
    story: 'The admin opens Basic SAML Configuration of the new app and clicks Fill, without clicking the Add links.',
    top: 'top',
    documents: {
      top: paneOverSamlPage('Basic SAML Configuration', 'BasicSamlPane', 'view'),
      view: reactView('sandbox-4.reactblade.portal.azure.net', 'BasicSamlPane', 'fluent/basic-saml-add-links'),
      inactive: { ...INACTIVE_PROPERTIES, host: 'sandbox-4.reactblade.portal.azure.net' },
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'fluent-basic-saml-add-clicked',
    title: 'Basic SAML (Fluent), new non-gallery app, the admin clicked both Add links first',
    stack: 'fluent',
    evidence: '2, 3, 5, 6 (guides: "an input now appears" after the link is clicked)',
    story: 'The admin opens Basic SAML Configuration, clicks "Add identifier" and "Add reply URL" as the guides say, then Fill.',
    top: 'top',
    documents: {
      top: paneOverSamlPage('Basic SAML Configuration', 'BasicSamlPane', 'view'),
      view: reactView('sandbox-4.reactblade.portal.azure.net', 'BasicSamlPane', 'fluent/basic-saml-add-links'),
      inactive: { ...INACTIVE_PROPERTIES, host: 'sandbox-4.reactblade.portal.azure.net' },
      ...HOSTING_DOCS,
    },
    steps: [
      { kind: 'click', doc: 'view', role: 'button', name: 'Add identifier' },
      { kind: 'click', doc: 'view', role: 'button', name: 'Add reply URL' },
      { kind: 'fill', feature: 'entra/basic-saml' },
    ],
    fields: basicSamlFields(),
  },
  {
    id: 'fluent-basic-saml-gallery',
    title: 'Basic SAML (Fluent, reactblade-ms host), gallery-style: Sign on URL behind "Set additional URLs"',
    stack: 'fluent',
    evidence:
      '3 (*.reactblade-ms.portal.azure.net), 5, 6 (gallery apps hide Sign on URL, Relay State and Logout Url behind "Set additional URLs")',
    story: 'The admin opens Basic SAML Configuration (one empty row each, additional URLs collapsed) and clicks Fill.',
    top: 'top',
    documents: {
      top: paneOverSamlPage('Basic SAML Configuration', 'BasicSamlPane', 'view'),
      view: reactView('sandbox-5.reactblade-ms.portal.azure.net', 'BasicSamlPane', 'fluent/basic-saml-gallery'),
      inactive: { ...INACTIVE_PROPERTIES, host: 'sandbox-5.reactblade-ms.portal.azure.net' },
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'fluent-basic-saml-grid',
    title: 'Basic SAML (Fluent, reactblade-rc host): Identifier and Reply URL as DetailsList grids',
    stack: 'fluent',
    evidence:
      '3 (*.reactblade-rc.portal.azure.net), 5 (DetailsList: check cell, DetailsRowFields, gridcells with aria-colindex; header cells direct children of their row)',
    story: 'The admin opens Basic SAML Configuration (one empty row in each grid) and clicks Fill.',
    top: 'top',
    documents: {
      top: paneOverSamlPage('Basic SAML Configuration', 'BasicSamlPane', 'view'),
      view: reactView('sandbox-2.reactblade-rc.portal.azure.net', 'BasicSamlPane', 'fluent/basic-saml-grid'),
      inactive: { ...INACTIVE_PROPERTIES, host: 'sandbox-2.reactblade-rc.portal.azure.net' },
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'fluent-basic-saml-de',
    title: 'Basic SAML (Fluent) in German',
    stack: 'fluent',
    evidence:
      '2, 3, 5; portal-i18n-and-clouds.md rows 7–12, 14 (de: Bezeichner (Entitäts-ID), Antwort-URL (Assertionsverbraucherdienst-URL), Anmelde-URL)',
    story: 'The admin, whose portal is in German, opens Grundlegende SAML-Konfiguration and clicks Fill.',
    top: 'top',
    documents: {
      top: { ...paneOverSamlPage('Grundlegende SAML-Konfiguration', 'BasicSamlPane', 'view', 'de') },
      view: reactView('sandbox-8.reactblade.portal.azure.net', 'BasicSamlPane', 'fluent/basic-saml-de', 'de', 'de-de'),
      inactive: { ...INACTIVE_PROPERTIES, host: 'sandbox-8.reactblade.portal.azure.net', lang: 'de' },
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'fluent-manage-claim',
    title: 'Manage claim (Fluent): ComboBox with allowFreeform, options at the end of body; Source as a ChoiceGroup',
    stack: 'fluent',
    evidence:
      '2, 3, 5 (Layer portaled to the end of body), 7 (Name, Namespace, Source, a source-attribute dropdown in which a constant can be typed)',
    story: 'The admin clicks "Add new claim" (the Manage claim pane opens, Namespace empty, Source = Attribute) and clicks Fill.',
    top: 'top',
    documents: {
      top: adminCenter({
        title: 'Attributes & Claims - Microsoft Entra admin center',
        blade: 'SignOn',
        body: fxsShell({
          blade: 'Attributes & Claims',
          bladeContent: () => '<p>Required claim</p><p>Additional claims</p>',
          pane: 'Manage claim',
          paneContent: (url) => viewFrame(url, 'view', 'ManageClaim', true),
        }),
      }),
      view: reactView('sandbox-6.reactblade.portal.azure.net', 'ManageClaim', 'fluent/manage-claim'),
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'fill', feature: 'entra/claims' }],
    fields: claimFields,
  },
  {
    id: 'fluent-users-groups',
    title: 'Users and groups (Fluent DetailsList): check cell, DetailsRowFields, aria-colindex, Persona initials',
    stack: 'fluent',
    evidence: '3, 5 (DetailsList rows), 9 (read cells by column, not by child position); the Persona coin is a guess',
    story: 'The admin opens Users and groups, where three principals are assigned; the assistant reads them.',
    top: 'top',
    documents: {
      top: bladeWithView('Users and groups', 'Users', 'UsersAndGroups'),
      view: reactView('sandbox-7.reactblade.portal.azure.net', 'UsersAndGroups', 'fluent/users-groups'),
      inactive: { ...INACTIVE_PROPERTIES, host: 'sandbox-7.reactblade.portal.azure.net' },
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'read', feature: 'entra/users-groups' }],
    fields: assignedFields,
  },
  {
    id: 'fluent-provisioning-classic',
    title: 'Provisioning, classic layout (Fluent): Mode Dropdown named "label + selection", then Admin Credentials',
    stack: 'fluent',
    evidence:
      '3, 5 (Dropdown aria-labelledby label and selected text; options button[role=option] in a Layer at the end of body), 8 (classic: Provisioning Mode, Admin Credentials)',
    story:
      'The admin opens Provisioning (Mode: Manual), clicks Fill for the mode, lets the form have the token in the side panel, and clicks Fill for the credentials.',
    top: 'top',
    documents: {
      top: bladeWithView('Provisioning', 'Provisioning', 'Provisioning'),
      view: reactView('sandbox-9.reactblade.portal.azure.net', 'Provisioning', 'fluent/provisioning-classic'),
      inactive: { ...INACTIVE_PROPERTIES, host: 'sandbox-9.reactblade.portal.azure.net' },
      ...HOSTING_DOCS,
    },
    steps: [
      { kind: 'fill', feature: 'entra/provisioning' },
      { kind: 'fill', feature: 'entra/provisioning-credentials', confirmSecret: true },
    ],
    fields: [modeField, ...credentialFields],
  },
  {
    id: 'fluent-provisioning-new',
    title: 'Provisioning, newer flow (Fluent): + New configuration, Authentication Method, Create only after a passing test',
    stack: 'fluent',
    evidence:
      '5, 8 (newer: "+ New configuration", Authentication Method, no Mode dropdown, Save/Create only after a passing Test connection); provisioning-facts §6.2',
    story: 'The admin opens Provisioning, clicks "New configuration", lets the form have the token in the side panel, and clicks Fill.',
    top: 'top',
    documents: {
      top: bladeWithView('Provisioning', 'Provisioning', 'Provisioning'),
      view: reactView('sandbox-1.reactblade.portal.azure.net', 'Provisioning', 'fluent/provisioning-new'),
      inactive: { ...INACTIVE_PROPERTIES, host: 'sandbox-1.reactblade.portal.azure.net' },
      ...HOSTING_DOCS,
    },
    steps: [
      { kind: 'click', doc: 'view', role: 'menuitem', name: 'New configuration' },
      { kind: 'fill', feature: 'entra/provisioning-credentials', confirmSecret: true },
    ],
    fields: [
      {
        feature: 'entra/provisioning-credentials',
        field: 'authenticationMethod',
        expected: 'Bearer authentication',
        source: { from: 'page' },
        keep: true,
      },
      ...credentialFields,
    ],
  },
];
