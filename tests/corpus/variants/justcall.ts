import type { CorpusDocument, FieldSpec, Variant } from '@/tests/corpus/variant';
import { JUSTCALL_PAGE, SEEDED } from '@/tests/corpus/values';

/** JustCall's settings pages on app.justcall.io/app/… (evidence 10–12). */

type Layout = 'seed' | 'side-card' | 'sso-url-paste' | 'entry-point' | 'saml-endpoint';

function ssoPage(layout: Layout): CorpusDocument {
  const showsSp = layout === 'seed' || layout === 'side-card';
  return {
    host: 'app.justcall.io',
    path: '/app/settings/security/sso',
    title: 'Single Sign-On | JustCall',
    script: 'justcall/sso',
    query: { layout, ...(showsSp ? { acsUrl: JUSTCALL_PAGE.acsUrl, entityId: JUSTCALL_PAGE.entityId } : {}) },
  };
}

const page = { from: 'page' } as const;

const ssoUrl: FieldSpec = { feature: 'justcall/sso', field: 'ssoUrl', expected: SEEDED.loginUrl, source: page };
const certificate: FieldSpec = {
  feature: 'justcall/sso',
  field: 'certificate',
  expected: '(the seeded certificate)',
  source: page,
  certificate: true,
};

/** The seed's form: SSO URL, Issuer, the certificate upload, Default Role; and the SP values read from the page. */
const guideFields: FieldSpec[] = [
  ssoUrl,
  { feature: 'justcall/sso', field: 'issuer', expected: SEEDED.entraIdentifier, source: page },
  certificate,
  { feature: 'justcall/sso', field: 'defaultRole', expected: 'Agent', source: page },
  {
    feature: 'justcall/sso',
    field: 'acsUrl',
    expected: JUSTCALL_PAGE.acsUrl,
    source: { from: 'carried', key: 'acsUrl', portal: 'justcall' },
  },
  {
    feature: 'justcall/sso',
    field: 'entityId',
    expected: JUSTCALL_PAGE.entityId,
    source: { from: 'carried', key: 'entityId', portal: 'justcall' },
  },
];

/** The help articles' forms: the IdP URL and a pasted certificate; no SP value may be taken from a page that shows none. */
const articleFields: FieldSpec[] = [
  ssoUrl,
  certificate,
  { feature: 'justcall/sso', field: 'acsUrl', expected: null, source: { from: 'not-carried', key: 'acsUrl' }, keep: true },
  { feature: 'justcall/sso', field: 'entityId', expected: null, source: { from: 'not-carried', key: 'entityId' }, keep: true },
];

const fillSso = [{ kind: 'fill', feature: 'justcall/sso' }] as const;
const spUnread = { omit: ['entityId', 'acsUrl'] } as const;

export const JUSTCALL_VARIANTS: Variant[] = [
  {
    id: 'justcall-seed',
    title: "JustCall SSO, the seed guide's layout: SP card above the form, certificate upload",
    stack: 'react',
    evidence:
      '10 (Settings → Security → Single Sign-On: ACS URL and Entity ID shown, SSO URL, Issuer / Entity ID, Certificate upload, Default Role), 12 (/app/…)',
    story:
      'The admin opens JustCall\'s Single Sign-On page (SSO enabled, SAML 2.0) and clicks "Fill from Entra"; the ACS URL and Entity ID shown are read.',
    top: 'sso',
    documents: { sso: ssoPage('seed') },
    seed: spUnread,
    steps: [...fillSso],
    fields: guideFields,
  },
  {
    id: 'justcall-side-card',
    title: 'JustCall SSO: ACS URL and Entity ID in a card beside the IdP form, not inside it',
    stack: 'react',
    evidence: '10, 11 (help articles show other shapes); the SP values in readonly inputs of a sibling card',
    story: 'The admin opens the Single Sign-On page and clicks "Fill from Entra"; the card\'s ACS URL and Entity ID are read.',
    top: 'sso',
    documents: { sso: ssoPage('side-card') },
    seed: spUnread,
    steps: [...fillSso],
    fields: guideFields,
  },
  {
    id: 'justcall-sso-url-paste',
    title: 'JustCall SSO: no SP values shown, "SSO URL", "X.509 Certificate" pasted, no Issuer',
    stack: 'react',
    evidence: '11 (SP values perhaps not shown at all; certificate as X.509 Certificate pasted into a text area; perhaps no Issuer field)',
    story: 'The admin opens the Single Sign-On page and clicks "Fill from Entra".',
    top: 'sso',
    documents: { sso: ssoPage('sso-url-paste') },
    seed: spUnread,
    steps: [...fillSso],
    fields: articleFields,
  },
  {
    id: 'justcall-entry-point',
    title: 'JustCall SSO: "Entry Point URL", pasted X.509 Certificate, no Issuer, no SP values',
    stack: 'react',
    evidence: '11 (the IdP URL labelled "Entry Point URL")',
    story: 'The admin opens the Single Sign-On page and clicks "Fill from Entra".',
    top: 'sso',
    documents: { sso: ssoPage('entry-point') },
    seed: spUnread,
    steps: [...fillSso],
    fields: articleFields,
  },
  {
    id: 'justcall-saml-endpoint',
    title: 'JustCall SSO: "SAML 2.0 Endpoint (HTTP)", pasted X.509 Certificate, no Issuer, no SP values',
    stack: 'react',
    evidence: '11 (the IdP URL labelled "SAML 2.0 Endpoint (HTTP)")',
    story: 'The admin opens the Single Sign-On page and clicks "Fill from Entra".',
    top: 'sso',
    documents: { sso: ssoPage('saml-endpoint') },
    seed: spUnread,
    steps: [...fillSso],
    fields: articleFields,
  },
  {
    id: 'justcall-provisioning-unsupported',
    title: 'JustCall Provisioning: "User provisioning is currently not supported"',
    stack: 'react',
    evidence:
      '11 ("User provisioning is currently not supported", Okta article: the SCIM step must say so plainly instead of waiting forever)',
    story:
      "The admin opens Settings → Security → Provisioning, which says provisioning is not supported; the side panel's SCIM step should say so.",
    top: 'page',
    documents: {
      page: {
        host: 'app.justcall.io',
        path: '/app/settings/security/provisioning',
        title: 'Provisioning | JustCall',
        script: 'justcall/provisioning',
        query: { state: 'unsupported' },
      },
    },
    seed: { omit: ['scimTenantUrl'], token: false },
    steps: [{ kind: 'read', feature: 'justcall/provisioning' }],
    fields: [
      {
        feature: 'justcall/provisioning',
        field: 'scimUnsupported',
        expected: 'the SCIM step says provisioning is not supported',
        source: {
          from: 'side-panel',
          step: 'scim',
          pattern: /not (currently )?(supported|available)|doesn.t (support|offer)/i,
          wrongIfCarried: 'scimTenantUrl',
        },
      },
    ],
  },
  {
    id: 'justcall-provisioning-missing',
    title: 'JustCall without a Provisioning page: "Page not found", no menu entry',
    stack: 'react',
    evidence: '11 (the Provisioning page may not exist)',
    story:
      'The admin follows the guide to Settings → Security → Provisioning and gets "Page not found"; the side panel\'s SCIM step should say provisioning is not available.',
    top: 'page',
    documents: {
      page: {
        host: 'app.justcall.io',
        path: '/app/settings/security/provisioning',
        title: 'Page not found | JustCall',
        script: 'justcall/provisioning',
        query: { state: 'not-found' },
      },
    },
    seed: { omit: ['scimTenantUrl'], token: false },
    steps: [{ kind: 'read', feature: 'justcall/provisioning' }],
    fields: [
      {
        feature: 'justcall/provisioning',
        field: 'scimUnsupported',
        expected: 'the SCIM step says provisioning is not available',
        source: {
          from: 'side-panel',
          step: 'scim',
          pattern: /not (currently )?(supported|available)|doesn.t (support|offer)|no provisioning/i,
          wrongIfCarried: 'scimTenantUrl',
        },
      },
    ],
  },
];
