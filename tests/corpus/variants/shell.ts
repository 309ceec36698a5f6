import type { CorpusDocument } from '@/tests/corpus/variant';
import { APP } from '@/tests/corpus/values';

/**
 * The Azure portal shell ("Ibiza") around a corpus view, drawn as the
 * evidence says the real one is (portal-dom-evidence.md 1–3): blade and
 * pane titles in the shell's own DOM (`section.fxs-blade[data-contenttitle] h2.fxs-blade-title-titleText`,
 * `.fxs-contextpane`), React views as iframes named `<View>.ReactView`, and
 * the portal extensions' hosting iframes hidden and empty beside them.
 */

type Url = (doc: string) => string;

export interface ShellOptions {
  blade: string;
  bladeSubtitle?: string;
  /** A context pane opened over the blade, with its own title. */
  pane?: string;
  /** HTML of the blade's and the pane's content: view frames, or a mount point for a Knockout blade. */
  bladeContent: (url: Url) => string;
  paneContent?: (url: Url) => string;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The hosting iframes every admin-center page keeps (evidence 1): invisible, and empty as far as the admin sees. */
export const HOSTING_DOCS: Record<string, CorpusDocument> = {
  'hosting-iam': { host: 'iam.hosting.portal.azure.net', path: '/iam/Content/Dynamic/index.html', title: 'Microsoft_AAD_IAM' },
  'hosting-provisioning': {
    host: 'provisioning.hosting.portal.azure.net',
    path: '/provisioning/Content/Dynamic/index.html',
    title: 'Microsoft_AAD_Connect_Provisioning',
  },
};

function hostingFrames(url: Url): string {
  return Object.keys(HOSTING_DOCS)
    .map((doc) => `<iframe class="fxs-extension-frame" hidden aria-hidden="true" tabindex="-1" src="${url(doc)}"></iframe>`)
    .join('');
}

/** A React view's frame; inactive ones stay in the DOM, hidden and without the active class (evidence 3). */
export function viewFrame(url: Url, doc: string, view: string, active: boolean): string {
  const cls = active ? 'fxs-reactview-frame fxs-reactview-frame-active' : 'fxs-reactview-frame';
  return `<iframe name="${esc(view)}.ReactView" class="${cls}" ${active ? '' : 'hidden '}title="${esc(view)}" src="${url(doc)}"></iframe>`;
}

function section(cls: string, title: string, subtitle: string | undefined, content: string): string {
  return `<section class="${cls}" data-contenttitle="${esc(title)}">
<header class="fxs-blade-header"><h2 class="fxs-blade-title-titleText">${esc(title)}</h2>${
    subtitle ? `<div class="fxs-blade-title-subtitleText">${esc(subtitle)}</div>` : ''
  }</header>
<div class="fxs-blade-content">${content}</div></section>`;
}

export function fxsShell(o: ShellOptions): (url: Url) => string {
  return (url) => `<div class="fxs-portal">
<header class="fxs-topbar" role="banner"><a class="fxs-topbar-home" href="#home">Microsoft Entra admin center</a>
<input class="fxs-topbar-search" type="search" aria-label="Search resources, services, and docs (G+/)"></header>
<nav class="fxs-breadcrumb" aria-label="Breadcrumb"><a href="#home">Home</a> &gt; <a href="#apps">Enterprise applications</a> &gt; <span>JustCall</span></nav>
<div class="fxs-journey">
${section('fxs-blade', o.blade, o.bladeSubtitle, o.bladeContent(url))}
${o.pane ? section('fxs-blade fxs-contextpane', o.pane, undefined, o.paneContent?.(url) ?? '') : ''}
</div>
${hostingFrames(url)}
</div>`;
}

export interface AdminCenterPage {
  title: string;
  /** The app menu's blade in the deep link: SignOn, Users, Provisioning. */
  blade: string;
  lang?: string;
  body: (url: Url) => string;
  /** A page script drawing a Knockout blade into the shell (evidence 1). */
  script?: string;
  query?: Record<string, string>;
}

/** The admin center's top document for a blade of the JustCall app. */
export function adminCenter(o: AdminCenterPage): CorpusDocument {
  return {
    host: 'entra.microsoft.com',
    path: '/',
    title: o.title,
    body: o.body,
    hash: `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${o.blade}/objectId/${APP.objectId}/appId/${APP.appId}`,
    ...(o.lang ? { lang: o.lang } : {}),
    ...(o.script ? { script: o.script } : {}),
    ...(o.query ? { query: o.query } : {}),
  };
}

/** Where a Knockout blade or pane is drawn in the shell. */
export const BLADE_MOUNT = '<div id="corpus-blade" class="fxs-blade-content-inner"></div>';

/** A React view's document on a sandbox host (evidence 3: -ms and -rc hosts too). */
export function reactView(host: string, view: string, script: string, lang = 'en', locale = 'en-us'): CorpusDocument {
  return {
    host,
    path: '/ReactView/Microsoft_AAD_IAM/index.html',
    title: `${view}.ReactView`,
    lang,
    script,
    query: { view, l: locale, trustedAuthority: 'https://entra.microsoft.com' },
  };
}
