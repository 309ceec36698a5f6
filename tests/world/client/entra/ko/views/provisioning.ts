/**
 * Knockout drawings of Provisioning: the classic page (Get started, Provisioning
 * Mode, Admin Credentials with Test Connection, Mappings, Settings, Provisioning
 * Status, Save) and the newer flow (New configuration, Authentication Method,
 * Test connection, Create only after a passing test, then the overview).
 */
import * as ko from 'knockout';
import type { AppDetail, ProvisioningView } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { entra, formatDate, provisioningBody } from '../../ibiza/api';
import type { ViewContext } from '../../ibiza/context';
import { appOf, aria, attempt, koView } from './kit';

const RESULT = `<!-- ko if: result --><div class="ext-test-result" role="status" data-bind="css: result().ok ? 'ext-ok' : 'ext-fail', text: result().message"></div><!-- /ko -->`;
const MAPPINGS = `<table class="azc-grid fxc-grid" role="grid"><thead><tr><th>Microsoft Entra ID Attribute</th><th data-bind="text: appName() + ' Attribute'"></th></tr></thead>
  <tbody data-bind="foreach: mappings"><tr><td class="msportalfx-mono" data-bind="text: source"></td><td class="msportalfx-mono" data-bind="text: target"></td></tr></tbody></table>`;
const CYCLE = `<div class="fxc-section"><div class="fxc-section-header" data-bind="text: t('currentCycle')"></div>
  <div class="ext-saml-row"><span class="ext-saml-row-label" data-bind="text: t('provisioningStatus')"></span><span class="ext-saml-row-value" data-bind="text: statusText"></span></div>
  <div class="ext-saml-row"><span class="ext-saml-row-label" data-bind="text: t('scope')"></span><span class="ext-saml-row-value" data-bind="text: scopeText"></span></div>
  <div class="ext-saml-row"><span class="ext-saml-row-label" data-bind="text: t('lastCycle')"></span><span class="ext-saml-row-value" data-bind="text: cycleText"></span></div>
</div>`;

/** What both layouts show about a running configuration. */
function status(ctx: ViewContext, app: ko.Observable<AppDetail | null>) {
  const t = ctx.t;
  const p = (): ProvisioningView | undefined => app()?.provisioning;
  return {
    appName: ko.pureComputed(() => app()?.name ?? ''),
    mappings: ko.pureComputed(() => p()?.mappings ?? []),
    statusText: ko.pureComputed(() => (p()?.status === 'On' ? t('on') : t('off'))),
    scopeText: ko.pureComputed(() => (p()?.scope === 'all' ? t('scopeAll') : t('scopeAssigned'))),
    cycleText: ko.pureComputed(() => {
      const c = p()?.lastCycle;
      if (!c) return t('notRunYet');
      return `${c.errors.length ? t('completedWithErrors') : t('completed')} · ${formatDate(c.at, ctx.locale)} · ${c.created} / ${c.updated} / ${c.deactivated}`;
    }),
  };
}

/** Start (On + a cycle now) and Stop, as both layouts offer them. */
function runner(ctx: ViewContext, state: ReturnType<typeof appOf>) {
  return async (on: boolean) => {
    const a = state.app();
    if (!a) return;
    const saved = await attempt(ctx, ctx.t('requestFailed'), async () => {
      const next = await entra.saveProvisioning(a.objectId, provisioningBody(a, { status: on ? 'On' : 'Off' }));
      return on ? entra.runProvisioning(a.objectId) : next;
    });
    if (!saved) return;
    state.changed(saved);
    ctx.host.notify({ kind: 'success', title: on ? ctx.t('provisioningStarted') : ctx.t('provisioningStopped') });
  };
}

koView(
  'ProvisioningClassic',
  `<div class="fxs-blade-inner ext-provisioning">
  <!-- ko if: phase() === 'landing' -->
  <div class="ext-landing"><div class="fxc-section-header" data-bind="text: t('provisioningLanding')"></div><p class="msportalfx-text-muted" data-bind="text: t('provisioningLandingText')"></p>
    <!-- ko component: { name: 'fx-button', params: { text: t('getStarted'), primary: true, click: edit } } --><!-- /ko --></div>
  <!-- /ko -->
  <!-- ko if: phase() === 'overview' -->
  <!-- ko component: { name: 'azc-toolbar', params: { items: overviewCommands } } --><!-- /ko -->
  ${CYCLE}
  <!-- /ko -->
  <!-- ko if: phase() === 'edit' -->
  <!-- ko component: { name: 'azc-toolbar', params: { items: editCommands } } --><!-- /ko -->
  <!-- ko component: { name: 'azc-dropdown', params: modeParams } --><!-- /ko -->
  <!-- ko if: mode() === 'Automatic' -->
  <div class="fxc-section ext-collapsible"><div class="fxs-button ext-expander" role="button" tabindex="0" aria-expanded="true" data-bind="text: t('adminCredentials')"></div>
    <p class="msportalfx-text-muted" data-bind="text: t('adminCredentialsHelp', { app: appName() })"></p>
    <!-- ko component: { name: 'azc-textbox', params: tenantParams } --><!-- /ko -->
    <!-- ko component: { name: 'azc-textbox', params: tokenParams } --><!-- /ko -->
    <!-- ko component: { name: 'fx-button', params: { text: t('testConnection'), click: test, disabled: testing } } --><!-- /ko -->
    ${RESULT}
  </div>
  <div class="fxc-section ext-collapsible"><div class="fxs-button ext-expander" role="button" tabindex="0" data-bind="attr: { 'aria-expanded': showMappings() ? 'true' : 'false' }, text: t('mappings'), click: toggleMappings"></div>
    <!-- ko if: showMappings --><div class="msportalfx-text-muted" data-bind="text: t('provisionUsers')"></div>${MAPPINGS}<!-- /ko -->
  </div>
  <div class="fxc-section ext-collapsible"><div class="fxs-button ext-expander" role="button" tabindex="0" aria-expanded="true" data-bind="text: t('settings')"></div>
    <!-- ko component: { name: 'azc-dropdown', params: scopeParams } --><!-- /ko -->
  </div>
  <!-- ko component: { name: 'azc-optionpicker', params: statusParams } --><!-- /ko -->
  <!-- /ko -->
  <!-- ko if: error --><div class="fxs-error" role="alert" data-bind="text: error"></div><!-- /ko -->
  <!-- /ko -->
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const t = ctx.t;
    const editing = ko.observable(false);
    const mode = ko.observable<'Manual' | 'Automatic' | ''>('Manual');
    const tenantUrl = ko.observable('');
    const secretToken = ko.observable('');
    const scope = ko.observable<'assigned' | 'all' | ''>('assigned');
    const provStatus = ko.observable<'On' | 'Off' | ''>('Off');
    const result = ko.observable<{ ok: boolean; message: string } | null>(null);
    const testing = ko.observable(false);
    const saving = ko.observable(false);
    const error = ko.observable('');
    const showMappings = ko.observable(false);
    const fill = (a: AppDetail) => {
      const p = a.provisioning;
      mode(p.mode);
      tenantUrl(p.tenantUrl);
      secretToken(p.secretToken);
      scope(p.scope);
      provStatus(p.status);
    };
    const first = state.app.subscribe((a) => {
      if (a) fill(a);
      first.dispose();
    });
    const configured = (a: AppDetail) => a.provisioning.mode === 'Automatic' && a.provisioning.tenantUrl !== '';
    const phase = ko.pureComputed(() => {
      const a = state.app();
      if (!a) return 'loading';
      return editing() ? 'edit' : configured(a) ? 'overview' : 'landing';
    });
    const test = async () => {
      const a = state.app();
      if (!a) return;
      testing(true);
      result({ ok: false, message: t('testingConnection', { app: a.name }) });
      try {
        const r = await entra.testProvisioning(a.objectId, { tenantUrl: tenantUrl(), secretToken: secretToken() });
        result(r.ok ? r : { ok: false, message: `${t('testFailed', { app: a.name })} ${r.message}` });
      } catch (e) {
        result({ ok: false, message: `${t('testFailed', { app: a.name })} ${errorText(e)}` });
      } finally {
        testing(false);
      }
    };
    const save = async () => {
      const a = state.app();
      const m = mode();
      const s = scope();
      const st = provStatus();
      if (!a || !m || !s || !st) return;
      saving(true);
      error('');
      try {
        const saved = await entra.saveProvisioning(a.objectId, {
          mode: m,
          tenantUrl: tenantUrl(),
          secretToken: secretToken(),
          scope: s,
          status: st,
        });
        state.changed(saved);
        ctx.host.notify({ kind: 'success', title: t('savedProvisioning'), detail: saved.name });
      } catch (e) {
        error(errorText(e));
        ctx.host.notify({ kind: 'error', title: t('saveFailed'), detail: errorText(e) });
      } finally {
        saving(false);
      }
    };
    const run = runner(ctx, state);
    return {
      t,
      phase,
      mode,
      result,
      testing,
      error,
      showMappings,
      toggleMappings: () => showMappings(!showMappings()),
      ...status(ctx, state.app),
      edit: () => editing(true),
      test: () => void test(),
      modeParams: {
        label: t('provisioningMode'),
        value: mode,
        options: [
          { value: 'Manual', text: t('manual') },
          { value: 'Automatic', text: t('automatic') },
        ],
        ariaLabel: aria.selector(ctx, t('provisioningMode')),
        required: true,
      },
      tenantParams: { label: t('tenantUrl'), value: tenantUrl, required: true, ariaLabel: aria.colon(t('tenantUrl')) },
      tokenParams: { label: t('secretToken'), value: secretToken, type: 'password', ariaLabel: t('secretToken') },
      scopeParams: {
        label: t('scope'),
        value: scope,
        options: [
          { value: 'assigned', text: t('scopeAssigned') },
          { value: 'all', text: t('scopeAll') },
        ],
      },
      statusParams: {
        label: t('provisioningStatus'),
        value: provStatus,
        options: [
          { value: 'On', text: t('on') },
          { value: 'Off', text: t('off') },
        ],
        ariaLabel: t('provisioningStatus'),
      },
      editCommands: [
        { label: t('save'), icon: '💾', run: () => void save(), disabled: saving },
        {
          label: t('discard'),
          icon: '✕',
          run: () => {
            const a = state.app();
            if (a) fill(a);
            editing(false);
          },
        },
      ],
      overviewCommands: [
        {
          label: t('startProvisioning'),
          icon: '▶',
          run: () => void run(true),
          disabled: ko.pureComputed(() => state.app()?.provisioning.status === 'On'),
        },
        {
          label: t('stopProvisioning'),
          icon: '■',
          run: () => void run(false),
          disabled: ko.pureComputed(() => state.app()?.provisioning.status !== 'On'),
        },
        {
          label: t('restartProvisioning'),
          icon: '↻',
          run: () => void run(true),
          disabled: ko.pureComputed(() => state.app()?.provisioning.status !== 'On'),
        },
        { label: t('editProvisioning'), icon: '✎', run: () => editing(true) },
        { label: t('refresh'), icon: '↻', run: () => void state.reload() },
      ],
      dispose: () => {
        first.dispose();
        state.dispose();
      },
    };
  },
);

koView(
  'ProvisioningNew',
  `<div class="fxs-blade-inner ext-provisioning-new">
  <!-- ko if: phase() === 'empty' -->
  <!-- ko component: { name: 'azc-toolbar', params: { items: emptyCommands } } --><!-- /ko -->
  <p class="msportalfx-text-muted" data-bind="text: t('newConfigurationHelp')"></p>
  <!-- /ko -->
  <!-- ko if: phase() === 'form' -->
  <div class="fxc-section-header" data-bind="text: t('newConfiguration')"></div>
  <!-- ko component: { name: 'azc-dropdown', params: methodParams } --><!-- /ko -->
  <!-- ko if: method() -->
  <!-- ko component: { name: 'azc-textbox', params: tenantParams } --><!-- /ko -->
  <!-- ko if: method() === 'bearer' --><!-- ko component: { name: 'azc-textbox', params: tokenParams } --><!-- /ko --><!-- /ko -->
  <!-- ko if: method() === 'oauth2' -->
  <!-- ko component: { name: 'azc-textbox', params: { label: t('tokenEndpoint'), value: tokenEndpoint, required: true } } --><!-- /ko -->
  <!-- ko component: { name: 'azc-textbox', params: { label: t('clientId'), value: clientId, required: true } } --><!-- /ko -->
  <!-- ko component: { name: 'azc-textbox', params: { label: t('clientSecret'), value: clientSecret, type: 'password', required: true } } --><!-- /ko -->
  <!-- /ko -->
  <!-- ko component: { name: 'fx-button', params: { text: t('testConnectionNew'), click: test, disabled: testing } } --><!-- /ko -->
  ${RESULT}
  <!-- ko ifnot: canCreate --><div class="msportalfx-text-muted" data-bind="text: t('createBlockedHint')"></div><!-- /ko -->
  <div class="fxs-blade-footer"><!-- ko component: { name: 'fx-button', params: { text: t('create'), primary: true, click: create, disabled: cannotCreate } } --><!-- /ko --></div>
  <!-- /ko -->
  <!-- /ko -->
  <!-- ko if: phase() === 'overview' -->
  <!-- ko component: { name: 'azc-toolbar', params: { items: overviewCommands } } --><!-- /ko -->
  ${CYCLE}
  <div class="fxc-section"><div class="ext-saml-section-header"><div class="fxc-section-header" data-bind="text: t('properties')"></div>
    <div class="fxs-button ext-edit-button" role="button" tabindex="0" data-bind="attr: { title: t('edit') }, click: editProperties"><span aria-hidden="true">✎</span> <span data-bind="text: t('edit')"></span></div></div>
    <!-- ko if: editingProperties -->
    <!-- ko component: { name: 'azc-dropdown', params: scopeParams } --><!-- /ko -->
    <!-- ko component: { name: 'fx-button', params: { text: t('apply'), primary: true, click: applyProperties } } --><!-- /ko -->
    <!-- /ko -->
  </div>
  <div class="fxc-section"><div class="fxc-section-header" data-bind="text: t('attributeMapping')"></div>${MAPPINGS}</div>
  <!-- /ko -->
  <!-- ko if: error --><div class="fxs-error" role="alert" data-bind="text: error"></div><!-- /ko -->
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const t = ctx.t;
    const creating = ko.observable(false);
    const method = ko.observable<'bearer' | 'oauth2' | ''>('');
    const tenantUrl = ko.observable('');
    const secretToken = ko.observable('');
    const tokenEndpoint = ko.observable('');
    const clientId = ko.observable('');
    const clientSecret = ko.observable('');
    const result = ko.observable<{ ok: boolean; message: string } | null>(null);
    const testedWith = ko.observable('');
    const testing = ko.observable(false);
    const busy = ko.observable(false);
    const error = ko.observable('');
    const editingProperties = ko.observable(false);
    const scope = ko.observable<'assigned' | 'all' | ''>('assigned');
    const current = ko.pureComputed(() => `${method()}\n${tenantUrl().trim()}\n${secretToken().trim()}`);
    const canCreate = ko.pureComputed(() => method() === 'bearer' && testedWith() !== '' && testedWith() === current());
    const phase = ko.pureComputed(() => {
      const a = state.app();
      if (!a) return 'loading';
      if (a.provisioning.configuredAt) return 'overview';
      return creating() ? 'form' : 'empty';
    });
    const test = async () => {
      const a = state.app();
      const m = method();
      if (!a || !m) return;
      const tried = current();
      testing(true);
      result({ ok: false, message: t('testingConnection', { app: a.name }) });
      try {
        const r = await entra.testProvisioning(a.objectId, { tenantUrl: tenantUrl(), secretToken: secretToken(), authMethod: m });
        result(r.ok ? r : { ok: false, message: `${t('testFailed', { app: a.name })} ${r.message}` });
        testedWith(r.ok ? tried : '');
      } catch (e) {
        result({ ok: false, message: `${t('testFailed', { app: a.name })} ${errorText(e)}` });
        testedWith('');
      } finally {
        testing(false);
      }
    };
    const create = async () => {
      const a = state.app();
      if (!a || !canCreate()) return;
      busy(true);
      error('');
      try {
        const saved = await entra.createProvisioning(a.objectId, {
          authMethod: 'bearer',
          tenantUrl: tenantUrl(),
          secretToken: secretToken(),
        });
        state.changed(saved);
        ctx.host.notify({ kind: 'success', title: t('configurationCreated'), detail: saved.name });
      } catch (e) {
        error(errorText(e));
      } finally {
        busy(false);
      }
    };
    const run = runner(ctx, state);
    return {
      t,
      phase,
      method,
      result,
      testing,
      error,
      canCreate,
      tokenEndpoint,
      clientId,
      clientSecret,
      editingProperties,
      cannotCreate: ko.pureComputed(() => busy() || !canCreate()),
      ...status(ctx, state.app),
      test: () => void test(),
      create: () => void create(),
      methodParams: {
        label: t('authMethod'),
        value: method,
        placeholder: t('selectAuthMethod'),
        options: [
          { value: 'bearer', text: t('bearer') },
          { value: 'oauth2', text: t('oauth2') },
        ],
        ariaLabel: t('authMethod'),
        required: true,
      },
      tenantParams: { label: t('tenantUrl'), value: tenantUrl, required: true, ariaLabel: aria.colon(t('tenantUrl')) },
      tokenParams: { label: t('secretToken'), value: secretToken, type: 'password', labelledByLabel: true },
      scopeParams: {
        label: t('scope'),
        value: scope,
        options: [
          { value: 'assigned', text: t('scopeAssigned') },
          { value: 'all', text: t('scopeAll') },
        ],
      },
      editProperties: () => {
        scope(state.app()?.provisioning.scope ?? 'assigned');
        editingProperties(true);
      },
      applyProperties: async () => {
        const a = state.app();
        const s = scope();
        if (!a || !s) return;
        const saved = await attempt(ctx, t('requestFailed'), () => entra.saveProvisioning(a.objectId, provisioningBody(a, { scope: s })));
        if (!saved) return;
        state.changed(saved);
        editingProperties(false);
      },
      emptyCommands: [{ label: t('newConfiguration'), icon: '+', run: () => creating(true) }],
      overviewCommands: [
        {
          label: t('startProvisioning'),
          icon: '▶',
          run: () => void run(true),
          disabled: ko.pureComputed(() => state.app()?.provisioning.status === 'On'),
        },
        {
          label: t('stopProvisioning'),
          icon: '■',
          run: () => void run(false),
          disabled: ko.pureComputed(() => state.app()?.provisioning.status !== 'On'),
        },
        { label: t('provisionOnDemand'), icon: '⚡', run: () => undefined, disabled: true },
        { label: t('refresh'), icon: '↻', run: () => void state.reload() },
      ],
      dispose: state.dispose,
    };
  },
);
