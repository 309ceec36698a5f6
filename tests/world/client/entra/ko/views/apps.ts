/** Knockout drawings of Enterprise applications, the gallery, "Create your own application" and the app's Overview. */
import * as ko from 'knockout';
import type { AppSummary } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { entra } from '../../ibiza/api';
import type { ViewContext } from '../../ibiza/context';
import { appRoute, formatHash } from '../../route';
import { appOf, koView } from './kit';

koView(
  'EnterpriseAppsList',
  `<div class="fxs-blade-inner">
  <!-- ko component: { name: 'azc-toolbar', params: { items: commands } } --><!-- /ko -->
  <p class="msportalfx-text-muted">View, filter, and search applications in your organization that are set up to use your Microsoft Entra tenant as their Identity Provider.</p>
  <div class="azc-filterBar"><input type="search" class="azc-input" data-bind="textInput: search, attr: { placeholder: t('searchApps'), 'aria-label': t('searchApps') }"></div>
  <!-- ko if: error --><div class="fxs-error" role="alert" data-bind="text: error"></div><!-- /ko -->
  <div class="msportalfx-text-muted" data-bind="text: t('appsFound', { n: shown().length })"></div>
  <table class="azc-grid fxc-grid" role="grid" data-bind="attr: { 'aria-label': t('allApplications') }">
    <thead><tr><th data-bind="text: t('colName')"></th><th data-bind="text: t('colObjectId')"></th><th data-bind="text: t('colAppId')"></th></tr></thead>
    <tbody data-bind="foreach: shown">
      <tr><td><a class="fxs-link" data-bind="attr: { href: $parent.href($data) }, text: name, click: $parent.open"></a></td><td class="msportalfx-mono" data-bind="text: objectId"></td><td class="msportalfx-mono" data-bind="text: appId"></td></tr>
    </tbody>
  </table>
</div>`,
  (ctx: ViewContext) => {
    const apps = ko.observableArray<AppSummary>([]);
    const search = ko.observable('');
    const error = ko.observable('');
    const load = () =>
      entra.apps().then(
        (a) => apps(a),
        (e: unknown) => error(errorText(e)),
      );
    void load();
    return {
      t: ctx.t,
      search,
      error,
      commands: [
        { label: ctx.t('newApplication'), icon: '+', run: () => ctx.host.navigate(formatHash({ blade: 'gallery' })) },
        { label: ctx.t('refresh'), icon: '↻', run: () => void load() },
      ],
      shown: ko.pureComputed(() => {
        const q = search().trim().toLowerCase();
        return apps().filter((a) => !q || a.name.toLowerCase().includes(q) || a.objectId.includes(q) || a.appId.includes(q));
      }),
      href: (a: AppSummary) => formatHash(appRoute(a, 'Overview')),
      open: (a: AppSummary) => ctx.host.navigate(formatHash(appRoute(a, 'Overview'))),
    };
  },
);

const FEATURED = ['Microsoft Entra SAML Toolkit', 'Salesforce', 'ServiceNow', 'Zoom', 'Workday', 'Slack'];

koView(
  'AppGallery',
  `<div class="fxs-blade-inner">
  <!-- ko component: { name: 'azc-toolbar', params: { items: commands } } --><!-- /ko -->
  <p class="msportalfx-text-muted">The Microsoft Entra App Gallery is a catalog of thousands of apps that make it easy to deploy and configure single sign-on (SSO) and automated user provisioning.</p>
  <div class="ext-gallery-tiles" data-bind="foreach: featured">
    <div class="ext-gallery-tile" role="button" tabindex="0" data-bind="text: $data, click: $parent.tile"></div>
  </div>
  <!-- ko if: note --><div class="fxs-infobox" role="status" data-bind="text: note"></div><!-- /ko -->
</div>`,
  (ctx) => {
    const note = ko.observable('');
    return {
      featured: FEATURED,
      note,
      tile: () => note('Gallery applications are not available in this simulated tenant. Use "Create your own application".'),
      commands: [{ label: ctx.t('createOwnApp'), icon: '+', run: () => ctx.host.openPane('CreateOwnApplication') }],
    };
  },
);

type Kind = 'appProxy' | 'federatedApp' | 'nonGallery';

koView(
  'CreateOwnApplication',
  `<div class="fxs-blade-inner ext-create-app">
  <!-- ko component: { name: 'azc-textbox', params: { label: t('appNameQuestion'), value: name, required: true, placeholder: t('inputName'), live: true } } --><!-- /ko -->
  <!-- ko component: { name: 'azc-optionpicker', params: { label: t('whatToDo'), options: kinds, value: kind, vertical: true } } --><!-- /ko -->
  <!-- ko if: onlyNonGallery --><div class="fxs-infobox" data-bind="text: t('onlyNonGallery')"></div><!-- /ko -->
  <!-- ko if: error --><div class="fxs-error" role="alert" data-bind="text: error"></div><!-- /ko -->
  <div class="fxs-blade-footer">
    <!-- ko component: { name: 'fx-button', params: { text: t('create'), primary: true, click: create, disabled: cannotCreate } } --><!-- /ko -->
  </div>
</div>`,
  (ctx) => {
    const name = ko.observable('');
    const kind = ko.observable<Kind | ''>('');
    const busy = ko.observable(false);
    const error = ko.observable('');
    return {
      t: ctx.t,
      name,
      kind,
      error,
      kinds: [
        { value: 'appProxy', text: ctx.t('kindAppProxy') },
        { value: 'federatedApp', text: ctx.t('kindFederated') },
        { value: 'nonGallery', text: ctx.t('kindNonGallery') },
      ],
      onlyNonGallery: ko.pureComputed(() => kind() === 'appProxy' || kind() === 'federatedApp'),
      cannotCreate: ko.pureComputed(() => busy() || !name().trim() || kind() !== 'nonGallery'),
      create: async () => {
        busy(true);
        error('');
        try {
          const app = await entra.createApp(name().trim(), kind());
          ctx.host.notify({ kind: 'success', title: ctx.t('appAdded'), detail: app.name });
          ctx.host.closePane();
          ctx.host.navigate(formatHash(appRoute(app, 'Overview')));
        } catch (e) {
          error(errorText(e));
          busy(false);
        }
      },
    };
  },
);

koView(
  'AppOverview',
  `<div class="fxs-blade-inner" data-bind="with: app">
  <div class="fxc-section ext-overview-properties">
    <div class="fxc-section-header" data-bind="text: $parent.t('properties')"></div>
    <dl class="ext-properties"><dt data-bind="text: $parent.t('colName')"></dt><dd data-bind="text: name"></dd>
      <dt data-bind="text: $parent.t('colAppId')"></dt><dd class="msportalfx-mono" data-bind="text: appId"></dd>
      <dt data-bind="text: $parent.t('colObjectId')"></dt><dd class="msportalfx-mono" data-bind="text: objectId"></dd></dl>
  </div>
  <div class="fxc-section-header" data-bind="text: $parent.t('gettingStarted')"></div>
  <div class="ext-getting-started" data-bind="foreach: $parent.tiles">
    <div class="ext-tile"><div class="ext-tile-title" data-bind="text: title"></div><a class="fxs-link" data-bind="attr: { href: href }, text: link, click: go"></a></div>
  </div>
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const tiles = ko.pureComputed(() => {
      const a = state.app();
      if (!a) return [];
      const tile = (n: number, title: string, link: string, hash: string) => ({
        title: `${n}. ${title}`,
        link,
        href: hash,
        go: () => ctx.host.navigate(hash),
      });
      return [
        tile(1, ctx.t('assignUsersTile'), ctx.t('assignUsersTile'), formatHash(appRoute(a, 'UsersAndGroups'))),
        tile(2, ctx.t('setUpSsoTile'), ctx.t('getStarted'), formatHash(appRoute(a, 'SignOn', a.ssoMode === 'saml'))),
        tile(3, ctx.t('provisionTile'), ctx.t('getStarted'), formatHash(appRoute(a, 'Provisioning'))),
      ];
    });
    return { t: ctx.t, app: state.app, tiles, dispose: state.dispose };
  },
);
