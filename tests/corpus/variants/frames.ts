import type { Variant } from '@/tests/corpus/variant';
import { basicSamlFields, credentialFields } from './fields';
import { samlSummaryHtml } from './saml-summary';
import { adminCenter, fxsShell, HOSTING_DOCS, reactView, viewFrame } from './shell';

/** Frames: a form one frame deeper and late, an about:blank frame, a view that takes over 20 s (evidence 3). */

function pane(title: string, view: string, blade = 'JustCall | SAML-based Sign-on'): Variant['documents'][string] {
  return adminCenter({
    title: `${blade} - Microsoft Entra admin center`,
    blade: 'SignOn',
    body: fxsShell({
      blade,
      bladeSubtitle: 'Enterprise Application',
      bladeContent: () => samlSummaryHtml(),
      pane: title,
      paneContent: (url) => viewFrame(url, 'view', view, true),
    }),
  });
}

export const FRAME_VARIANTS: Variant[] = [
  {
    id: 'frames-late-nested',
    title: 'Basic SAML in a same-origin frame that the React view adds 3 s after it loaded',
    stack: 'frames',
    evidence: '3 (views are iframes that take seconds; here the form is one frame deeper, same origin, and late)',
    story: 'The admin opens Basic SAML Configuration, waits for the form, and clicks Fill.',
    top: 'top',
    documents: {
      top: pane('Basic SAML Configuration', 'BasicSamlPane'),
      view: reactView('sandbox-11.reactblade.portal.azure.net', 'BasicSamlPane', 'frames/late-nested-view'),
      form: {
        host: 'sandbox-11.reactblade.portal.azure.net',
        path: '/ReactView/Microsoft_AAD_IAM/content.html',
        title: 'Basic SAML Configuration',
        script: 'frames/late-nested-form',
      },
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
  {
    id: 'frames-srcdoc',
    title: 'Admin Credentials drawn into an about:blank srcdoc frame of a React view',
    stack: 'frames',
    evidence:
      '3; an about:blank/srcdoc frame gets no content script of its own (the manifest matches URLs), so only its parent can reach it',
    story: 'The admin opens Provisioning (Mode: Automatic), lets the form have the token in the side panel, and clicks Fill.',
    top: 'top',
    documents: {
      top: adminCenter({
        title: 'JustCall | Provisioning - Microsoft Entra admin center',
        blade: 'Provisioning',
        body: fxsShell({
          blade: 'JustCall | Provisioning',
          bladeSubtitle: 'Enterprise Application',
          bladeContent: (url) => viewFrame(url, 'view', 'Provisioning', true),
        }),
      }),
      view: reactView('sandbox-12.reactblade.portal.azure.net', 'Provisioning', 'frames/srcdoc'),
      ...HOSTING_DOCS,
    },
    steps: [{ kind: 'fill', feature: 'entra/provisioning-credentials', confirmSecret: true }],
    fields: credentialFields,
  },
  {
    id: 'frames-slow-view',
    title: 'Basic SAML in a React view that takes 22 s to draw',
    stack: 'frames',
    evidence: '3 (one automation note records about 15 s for a React view to load)',
    story: 'The admin opens Basic SAML Configuration, waits while the view loads, and clicks Fill.',
    top: 'top',
    documents: {
      top: pane('Basic SAML Configuration', 'BasicSamlPane'),
      view: reactView('sandbox-13.reactblade.portal.azure.net', 'BasicSamlPane', 'frames/slow-view'),
      ...HOSTING_DOCS,
    },
    drawTimeoutMs: 40_000,
    steps: [{ kind: 'fill', feature: 'entra/basic-saml' }],
    fields: basicSamlFields(),
  },
];
