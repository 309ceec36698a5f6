/** Knockout drawings of Single sign-on: the method picker, the SAML page, and its Basic SAML and certificate panes. */
import * as ko from 'knockout';
import { addRow, hasErrors, initialBasicSamlDraft, setRowDefault, validateBasicSaml } from '../../../../server/portal-api/basic-saml-rules';
import type { AppDetail, UrlRow } from '../../../../server/portal-api/views';
import { defaultOf, entra, formatDate } from '../../ibiza/api';
import { appRoute, formatHash } from '../../route';
import { tsxId } from '../ids';
import { appOf, aria, attempt, koView, optionalLabel } from './kit';

koView(
  'SingleSignOnMethods',
  `<div class="fxs-blade-inner">
  <div class="fxc-section-header" data-bind="text: t('selectSsoMethod')"></div>
  <div class="ext-sso-tiles" data-bind="foreach: methods">
    <div class="ext-sso-tile" role="button" tabindex="0" data-bind="attr: { 'aria-disabled': enabled ? 'false' : 'true' }, css: { 'ext-disabled': !enabled }, click: pick">
      <div class="ext-sso-tile-title" data-bind="text: title"></div><div class="ext-sso-tile-text" data-bind="text: text"></div>
    </div>
  </div>
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const chooseSaml = async () => {
      const a = await attempt(ctx, ctx.t('saveFailed'), () => entra.setSsoMode(state.objectId, 'saml'));
      if (!a) return;
      state.changed(a);
      ctx.host.navigate(formatHash(appRoute(a, 'SignOn', true)));
    };
    const m = (title: string, text: string, enabled: boolean, pick: () => void = () => undefined) => ({ title, text, enabled, pick });
    return {
      t: ctx.t,
      methods: [
        m(ctx.t('ssoDisabled'), 'Single sign-on is not enabled.', false),
        m(ctx.t('saml'), ctx.t('samlTileText'), true, () => void chooseSaml()),
        m(ctx.t('passwordBased'), 'Password storage and replay using a web browser extension or mobile app.', false),
        m(ctx.t('linked'), 'Link to an application in My Apps and/or Office 365 application launcher.', false),
      ],
      dispose: state.dispose,
    };
  },
);

const ROW = (valueTitle: string) => `
  <div class="ext-saml-row"><span class="ext-saml-row-label" data-bind="text: ${valueTitle}[0]"></span><span class="ext-saml-row-value" data-bind="text: ${valueTitle}[1]"></span></div>`;

koView(
  'SamlConfiguration',
  `<div class="fxs-blade-inner ext-saml-page" data-bind="with: app">
  <!-- ko component: { name: 'azc-toolbar', params: { items: $parent.commands } } --><!-- /ko -->
  <div class="fxc-section-header ext-page-title" data-bind="text: $parent.t('samlPageTitle')"></div>
  <!-- ko foreach: $parent.sections -->
  <div class="fxc-section ext-saml-section" data-bind="attr: { 'data-section': n }">
    <div class="ext-saml-section-header">
      <span class="ext-step" aria-hidden="true" data-bind="text: n"></span>
      <div class="ext-saml-section-title" data-bind="text: title"></div>
      <!-- ko if: edit --><div class="fxs-button ext-edit-button" role="button" tabindex="0" data-bind="attr: { title: $component.t('edit') }, click: edit"><span aria-hidden="true">✎</span> <span data-bind="text: $component.t('edit')"></span></div><!-- /ko -->
    </div>
    <!-- ko foreach: rows -->${ROW('$data')}<!-- /ko -->
    <!-- ko foreach: copies --><!-- ko component: { name: 'azc-textbox', params: $data } --><!-- /ko --><!-- /ko -->
    <!-- ko foreach: downloads -->
    <div class="ext-download-row"><span data-bind="text: label"></span> <a class="fxs-link" data-bind="attr: { href: href, download: external ? null : '', target: external ? '_blank' : null }, text: $component.t('download')"></a></div>
    <!-- /ko -->
    <!-- ko if: test --><!-- ko component: { name: 'fx-button', params: { text: $component.t('test'), click: test } } --><!-- /ko --><!-- /ko -->
  </div>
  <!-- /ko -->
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const t = ctx.t;
    const copy = (label: string, value: string, named: boolean) => ({
      label,
      value: ko.observable(value),
      readonly: true,
      copy: { t },
      ...(named ? { ariaLabel: label } : { labelledByLabel: true }),
    });
    const openTest = (a: AppDetail) => window.open(a.urls.testUrl, '_blank');
    const sections = ko.pureComputed(() => {
      const a = state.app();
      if (!a) return [];
      const cert = a.certificates.find((c) => c.status === 'Active');
      const opt = (v: string) => v || t('optional');
      const req = (v: string) => v || t('required');
      const base = `/api/entra/apps/${a.objectId}/certificates/${cert?.id ?? ''}`;
      return [
        {
          n: 1,
          title: t('basicSaml'),
          edit: () => ctx.host.openPane('BasicSamlConfiguration', { objectId: a.objectId, appId: a.appId }),
          rows: [
            [t('identifier'), req(defaultOf(a.identifiers))],
            [t('replyUrl'), req(defaultOf(a.replyUrls))],
            [t('signOnUrl'), opt(a.signOnUrl)],
            [optionalLabel(ctx, t('relayState')), opt(a.relayState)],
            [optionalLabel(ctx, t('logoutUrl')), opt(a.logoutUrl)],
          ],
          copies: [],
          downloads: [],
          test: null,
        },
        {
          n: 2,
          title: t('attributesClaims'),
          edit: () => ctx.host.navigate(formatHash({ blade: 'claims', objectId: a.objectId, appId: a.appId })),
          rows: [...a.claims.map((c) => [c.name, c.sourceAttribute]), [t('uniqueUserIdShort'), a.nameIdSourceAttribute]],
          copies: [],
          downloads: [],
          test: null,
        },
        {
          n: 3,
          title: t('samlCertificates'),
          edit: () => ctx.host.openPane('SamlCertificates', { objectId: a.objectId, appId: a.appId }),
          rows: [
            [t('status'), cert ? t('active') : '—'],
            [t('thumbprint'), cert?.thumbprint ?? ''],
            [t('expiration'), cert ? formatDate(cert.notAfter, ctx.locale) : ''],
            [t('notificationEmail'), a.notificationEmail],
          ],
          copies: [copy(t('metadataUrl'), a.urls.federationMetadataUrl, false)],
          downloads: [
            ...(cert
              ? [
                  { label: t('certBase64'), href: `${base}/base64`, external: false },
                  { label: t('certRaw'), href: `${base}/raw`, external: false },
                ]
              : []),
            { label: t('fedMetadataXml'), href: a.urls.federationMetadataUrl, external: true },
          ],
          test: null,
        },
        {
          n: 4,
          title: t('setUpApp', { app: a.name }),
          edit: null,
          rows: [],
          copies: [
            copy(t('loginUrl'), a.urls.loginUrl, true),
            copy(t('entraIdentifier'), a.urls.entraIdentifier, true),
            copy(t('logoutUrlSetup'), a.urls.logoutUrl, true),
          ],
          downloads: [],
          test: null,
        },
        { n: 5, title: t('testSso', { app: a.name }), edit: null, rows: [], copies: [], downloads: [], test: () => openTest(a) },
      ];
    });
    return {
      t,
      app: state.app,
      sections,
      commands: [
        { label: 'Upload metadata file', icon: '⤒', run: () => undefined, disabled: true },
        { label: 'Change single sign-on mode', icon: '↺', run: () => undefined, disabled: true },
        { label: 'Test this application', icon: '▶', run: () => state.app() && openTest(state.app() as AppDetail) },
        { label: t('gotFeedback'), icon: '♡', run: () => undefined },
      ],
      dispose: state.dispose,
    };
  },
);

class RowVm {
  readonly id = tsxId();
  readonly value: ko.Observable<string>;
  readonly isDefault: ko.Observable<boolean>;
  constructor(r: UrlRow) {
    this.value = ko.observable(r.value);
    this.isDefault = ko.observable(r.isDefault);
  }
  plain(): UrlRow {
    return { value: this.value(), isDefault: this.isDefault() };
  }
}

/** One URL list of the Basic SAML pane: rows with a Default checkbox, "Add …" link, delete. */
function urlList(rows: UrlRow[]) {
  const list = ko.observableArray(rows.map((r) => new RowVm(r)));
  const plain = () => list().map((r) => r.plain());
  const reset = (next: UrlRow[]) => list(next.map((r) => new RowVm(r)));
  const watch = (r: RowVm) =>
    r.isDefault.subscribe((on) => {
      const i = list().indexOf(r);
      const next = setRowDefault(plain(), i, on);
      list().forEach((row, j) => row.isDefault(next[j]?.isDefault ?? false));
    });
  list().forEach(watch);
  return {
    list,
    plain,
    reset: (next: UrlRow[]) => {
      reset(next);
      list().forEach(watch);
    },
    add: () => {
      const next = addRow(plain()).at(-1) ?? { value: '', isDefault: false };
      const row = new RowVm(next);
      watch(row);
      list.push(row);
    },
    remove: (r: RowVm) => list.remove(r),
  };
}

const URL_LIST = (list: string, label: string, help: string, add: string, rowAria: string, error: string) => `
  <div class="fxc-weave-pccontrol fxc-section-control azc-control ext-url-list">
    <div class="azc-form-labelcontainer">
      <label class="azc-form-label" data-bind="text: ${label}"></label><div class="azc-required-balloon" aria-hidden="true">*</div>
      <div class="azc-form-infoballoon fxs-infoballoon" role="button" tabindex="0" aria-label="More information" data-bind="attr: { title: ${help} }"><span aria-hidden="true">ⓘ</span></div>
    </div>
    <div class="azc-formElementSubLabelContainer">
      <div class="msportalfx-text-muted ext-help" data-bind="text: ${help}"></div>
      <!-- ko if: ${list}.list().length -->
      <div class="azc-editableGrid" role="grid">
        <div class="azc-grid-headerRow" role="row"><div role="columnheader"></div><div role="columnheader" data-bind="text: t('default')"></div><div role="columnheader"></div></div>
        <!-- ko foreach: ${list}.list -->
        <div class="azc-grid-row" role="row">
          <div role="gridcell" class="ext-url-cell"><div class="azc-formElementContainer"><div class="azc-textBox azc-input azc-formControl"><div class="azc-inputbox-wrapper">
            <input class="azc-input azc-formControl" type="text" autocomplete="off" data-bind="attr: { id: id, 'aria-label': ${rowAria} }, value: value">
            <label class="fxs-hide-accessible-label" data-bind="attr: { for: id }"></label>
          </div></div></div></div>
          <div role="gridcell"><!-- ko component: { name: 'azc-checkbox', params: { checked: isDefault, ariaLabel: $parent.t('default') } } --><!-- /ko --></div>
          <div role="gridcell"><div class="fxs-button ext-delete" role="button" tabindex="0" data-bind="attr: { title: $parent.t('delete'), 'aria-label': $parent.t('delete') }, click: $parent.${list}.remove">🗑</div></div>
        </div>
        <!-- /ko -->
      </div>
      <!-- /ko -->
      <a href="#" class="fxs-link ext-add-row" data-bind="text: ${add}, click: ${list}.add"></a>
      <!-- ko if: ${error} --><div class="azc-validation-message" role="alert" data-bind="text: ${error}"></div><!-- /ko -->
    </div>
  </div>`;

koView(
  'BasicSamlConfiguration',
  `<div class="fxs-blade-inner ext-basic-saml">
  <!-- ko component: { name: 'azc-toolbar', params: { items: commands } } --><!-- /ko -->
  <!-- ko if: ready -->
  ${URL_LIST('identifiers', "t('identifier')", "t('identifierHelp')", "t('addIdentifier')", '$parent.identifierAria', 'idError')}
  ${URL_LIST('replyUrls', "t('replyUrl')", "t('replyUrlHelp')", "t('addReplyUrl')", '$parent.replyAria', 'replyError')}
  <!-- ko if: gallery --><div class="fxs-button ext-expander" role="button" tabindex="0" data-bind="attr: { 'aria-expanded': showMore() ? 'true' : 'false' }, click: toggleMore"><span aria-hidden="true" data-bind="text: showMore() ? '⌄ ' : '› '"></span><span data-bind="text: t('setAdditionalUrls')"></span></div><!-- /ko -->
  <!-- ko if: !gallery || showMore() -->
  <!-- ko component: { name: 'azc-textbox', params: signOn } --><!-- /ko -->
  <!-- ko component: { name: 'azc-textbox', params: relay } --><!-- /ko -->
  <!-- ko component: { name: 'azc-textbox', params: logout } --><!-- /ko -->
  <!-- /ko -->
  <!-- /ko -->
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const t = ctx.t;
    const gallery = ctx.ui.basicSaml === 'gallery';
    const ids = urlList([]);
    const replies = urlList([]);
    const signOnUrl = ko.observable('');
    const relayState = ko.observable('');
    const logoutUrl = ko.observable('');
    const idError = ko.observable('');
    const replyError = ko.observable('');
    const signOnError = ko.observable('');
    const logoutError = ko.observable('');
    const ready = ko.observable(false);
    const saving = ko.observable(false);
    const showMore = ko.observable(false);
    const fill = (a: AppDetail) => {
      const d = initialBasicSamlDraft(a, ctx.ui.basicSaml);
      ids.reset(d.identifiers);
      replies.reset(d.replyUrls);
      signOnUrl(d.signOnUrl);
      relayState(d.relayState);
      logoutUrl(d.logoutUrl);
      ready(true);
    };
    // The pane draws from the app once, then from each saved answer (not on every change elsewhere).
    const first = state.app.subscribe((a) => {
      if (a && !ready()) fill(a);
    });
    const save = async () => {
      const body = {
        identifiers: ids.plain(),
        replyUrls: replies.plain(),
        signOnUrl: signOnUrl(),
        relayState: relayState(),
        logoutUrl: logoutUrl(),
      };
      const errors = validateBasicSaml(body);
      const rowError = (r?: Record<number, string>) => Object.values(r ?? {})[0] ?? '';
      idError(errors.identifiers ?? rowError(errors.identifierRows));
      replyError(errors.replyUrls ?? rowError(errors.replyUrlRows));
      signOnError(errors.signOnUrl ?? '');
      logoutError(errors.logoutUrl ?? '');
      if (hasErrors(errors)) return;
      saving(true);
      const a = await attempt(ctx, t('saveFailed'), () => entra.saveBasicSaml(state.objectId, body));
      saving(false);
      if (!a) return;
      ctx.host.notify({ kind: 'success', title: t('savedSso'), detail: a.name });
      fill(a);
      state.changed(a);
    };
    return {
      t,
      ready,
      gallery,
      showMore,
      toggleMore: () => showMore(!showMore()),
      identifiers: ids,
      replyUrls: replies,
      idError,
      replyError,
      identifierAria: aria.colon(t('identifier')),
      // Other words than the visible label: the short form the docs also use ("Antwort-URL", "応答 URL").
      replyAria: t('replyUrl').replace(/\s*\(.*\)\s*$/, ''),
      // No aria-label: the input is named only by its placeholder (the hidden label is empty).
      signOn: {
        label: optionalLabel(ctx, t('signOnUrl')),
        value: signOnUrl,
        info: t('signOnHelp'),
        placeholder: 'Enter a sign on URL',
        error: signOnError,
      },
      relay: {
        label: optionalLabel(ctx, t('relayState')),
        value: relayState,
        info: t('relayHelp'),
        placeholder: 'Enter a relay state',
        labelledByLabel: true,
      },
      logout: {
        label: optionalLabel(ctx, t('logoutUrl')),
        value: logoutUrl,
        info: t('logoutHelp'),
        placeholder: 'Enter a logout url',
        ariaLabel: aria.colon(optionalLabel(ctx, t('logoutUrl'))),
        error: logoutError,
      },
      commands: [
        { label: t('save'), icon: '💾', run: () => void save(), disabled: saving },
        { label: t('gotFeedback'), icon: '♡', run: () => undefined },
      ],
      dispose: () => {
        first.dispose();
        state.dispose();
      },
    };
  },
);

koView(
  'SamlCertificates',
  `<div class="fxs-blade-inner ext-certificates" data-bind="with: app">
  <!-- ko component: { name: 'azc-toolbar', params: { items: $parent.commands } } --><!-- /ko -->
  <table class="azc-grid fxc-grid" role="grid">
    <thead><tr><th data-bind="text: $parent.t('status')"></th><th data-bind="text: $parent.t('expirationDate')"></th><th data-bind="text: $parent.t('thumbprint')"></th><th></th></tr></thead>
    <tbody data-bind="foreach: certificates">
      <tr>
        <td data-bind="text: status === 'Active' ? $component.t('active') : $component.t('inactive')"></td>
        <td data-bind="text: $component.date(notAfter)"></td>
        <td class="msportalfx-mono" data-bind="text: thumbprint"></td>
        <td class="ext-cert-actions">
          <!-- ko if: status !== 'Active' -->
          <div class="fxs-button" role="button" tabindex="0" data-bind="text: $component.t('makeActive'), click: $component.activate"></div>
          <div class="fxs-button" role="button" tabindex="0" data-bind="text: $component.t('deleteCertificate'), click: $component.remove"></div>
          <!-- /ko -->
          <a class="fxs-link" download="" data-bind="attr: { href: $component.certHref($data, 'base64') }, text: $component.t('base64Download')"></a>
          <a class="fxs-link" download="" data-bind="attr: { href: $component.certHref($data, 'raw') }, text: $component.t('rawDownload')"></a>
        </td>
      </tr>
    </tbody>
  </table>
  <!-- ko component: { name: 'azc-dropdown', params: $parent.optionParams } --><!-- /ko -->
  <!-- ko component: { name: 'azc-dropdown', params: $parent.algorithmParams } --><!-- /ko -->
  <!-- ko component: { name: 'azc-textbox', params: $parent.emailParams } --><!-- /ko -->
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const t = ctx.t;
    const option = ko.observable<AppDetail['signingOption'] | ''>('assertion');
    const algorithm = ko.observable<AppDetail['signingAlgorithm'] | ''>('SHA-256');
    const email = ko.observable('');
    const first = state.app.subscribe((a) => {
      if (!a) return;
      option(a.signingOption);
      algorithm(a.signingAlgorithm);
      email(a.notificationEmail);
      first.dispose();
    });
    const run = async (title: string, fn: () => Promise<AppDetail>) => {
      const a = await attempt(ctx, t('requestFailed'), fn);
      if (!a) return;
      state.changed(a);
      ctx.host.notify({ kind: 'success', title });
    };
    return {
      t,
      app: state.app,
      date: (iso: string) => formatDate(iso, ctx.locale),
      certHref: (c: { id: string }, kind: string) => `/api/entra/apps/${state.objectId}/certificates/${c.id}/${kind}`,
      activate: (c: { id: string }) => void run(t('makeActive'), () => entra.activateCertificate(state.objectId, c.id)),
      remove: (c: { id: string }) => void run(t('deleteCertificate'), () => entra.deleteCertificate(state.objectId, c.id)),
      optionParams: {
        label: t('signingOption'),
        value: option,
        options: [
          { value: 'response', text: t('signResponse') },
          { value: 'assertion', text: t('signAssertion') },
          { value: 'both', text: t('signBoth') },
        ],
        ariaLabel: t('signingOption'),
      },
      algorithmParams: {
        label: t('signingAlgorithm'),
        value: algorithm,
        options: [
          { value: 'SHA-256', text: 'SHA-256' },
          { value: 'SHA-1', text: 'SHA-1' },
        ],
      },
      emailParams: { label: t('notificationEmails'), value: email, ariaLabel: aria.colon(t('notificationEmails')) },
      commands: [
        {
          label: t('save'),
          icon: '💾',
          run: () => {
            const o = option();
            const alg = algorithm();
            if (o && alg)
              void run(t('certSaved'), () =>
                entra.saveSigning(state.objectId, { signingOption: o, signingAlgorithm: alg, notificationEmail: email() }),
              );
          },
        },
        { label: t('newCertificate'), icon: '+', run: () => void run(t('newCertificate'), () => entra.newCertificate(state.objectId)) },
        { label: 'Import Certificate', icon: '⤒', run: () => undefined, disabled: true },
      ],
      dispose: () => {
        first.dispose();
        state.dispose();
      },
    };
  },
);
