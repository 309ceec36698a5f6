/** Knockout drawings of Attributes & Claims and the Manage claim pane. */
import * as ko from 'knockout';
import type { ClaimView } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { claimUri, entra } from '../../ibiza/api';
import { SOURCE_ATTRIBUTES } from '../../blades/claims/sourceAttributes';
import { appOf, aria, attempt, koView } from './kit';

koView(
  'AttributesAndClaims',
  `<div class="fxs-blade-inner ext-claims" data-bind="with: app">
  <!-- ko component: { name: 'azc-toolbar', params: { items: $parent.commands } } --><!-- /ko -->
  <div class="fxc-section-header" data-bind="text: $parent.t('requiredClaim')"></div>
  <table class="azc-grid fxc-grid" role="grid">
    <thead><tr><th data-bind="text: $parent.t('claimName')"></th><th data-bind="text: $parent.t('type')"></th><th data-bind="text: $parent.t('value')"></th></tr></thead>
    <tbody><tr><td><a href="#" class="fxs-link" data-bind="text: $parent.t('uniqueUserId'), click: $parent.openNameId"></a></td><td>SAML</td><td data-bind="text: nameIdSourceAttribute + ' [nameid-for...'"></td></tr></tbody>
  </table>
  <div class="fxc-section-header" data-bind="text: $parent.t('additionalClaims')"></div>
  <table class="azc-grid fxc-grid" role="grid">
    <thead><tr><th data-bind="text: $parent.t('claimName')"></th><th data-bind="text: $parent.t('type')"></th><th data-bind="text: $parent.t('value')"></th><th></th></tr></thead>
    <tbody data-bind="foreach: claims">
      <tr><td><a href="#" class="fxs-link" data-bind="text: $component.uri($data), click: $component.open"></a></td><td>SAML</td><td data-bind="text: sourceAttribute"></td>
        <td><div class="fxs-button" role="button" tabindex="0" data-bind="attr: { title: $component.t('delete'), 'aria-label': $component.t('delete') + ' ' + $component.uri($data) }, click: $component.remove">🗑</div></td></tr>
    </tbody>
  </table>
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const t = ctx.t;
    const pane = (params: Record<string, string>) => ctx.host.openPane('ManageClaim', { objectId: state.objectId, ...params });
    return {
      t,
      app: state.app,
      uri: claimUri,
      open: (c: ClaimView) => pane({ claimId: c.id }),
      openNameId: () => pane({ claimId: 'nameId' }),
      remove: async (c: ClaimView) => {
        const a = await attempt(ctx, t('requestFailed'), () => entra.deleteClaim(state.objectId, c.id));
        if (!a) return;
        state.changed(a);
        ctx.host.notify({ kind: 'success', title: t('claimDeleted'), detail: claimUri(c) });
      },
      commands: [
        { label: t('addNewClaim'), icon: '+', run: () => pane({ claimId: 'new' }) },
        { label: t('addGroupClaim'), icon: '+', run: () => undefined, disabled: true },
        { label: t('gotFeedback'), icon: '♡', run: () => undefined },
      ],
      dispose: state.dispose,
    };
  },
);

type Source = 'Attribute' | 'Transformation' | 'Directory schema extension';

koView(
  'ManageClaim',
  `<div class="fxs-blade-inner ext-manage-claim">
  <!-- ko component: { name: 'azc-toolbar', params: { items: commands } } --><!-- /ko -->
  <!-- ko if: ready -->
  <!-- ko if: nameId --><div class="fxc-weave-pccontrol"><div class="azc-form-labelcontainer"><label class="azc-form-label" data-bind="text: t('nameIdFormat')"></label></div><div data-bind="text: t('emailAddress')"></div></div><!-- /ko -->
  <!-- ko ifnot: nameId -->
  <!-- ko component: { name: 'azc-textbox', params: { label: t('name'), value: name, required: true, labelledByLabel: true, placeholder: 'Enter the name of the claim' } } --><!-- /ko -->
  <!-- ko component: { name: 'azc-textbox', params: { label: t('namespace'), value: namespace, placeholder: 'Enter a namespace URI' } } --><!-- /ko -->
  <!-- /ko -->
  <!-- ko component: { name: 'azc-optionpicker', params: { label: t('source'), options: sources, value: source, ariaLabel: t('source') } } --><!-- /ko -->
  <!-- ko component: { name: 'azc-combo', params: { label: t('sourceAttribute'), options: attributes, value: sourceAttribute, required: true, placeholder: t('sourceAttributePlaceholder'), ariaLabel: sourceAria } } --><!-- /ko -->
  <!-- ko if: error --><div class="fxs-error" role="alert" data-bind="text: error"></div><!-- /ko -->
  <!-- /ko -->
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const t = ctx.t;
    const claimId = ctx.params.claimId ?? 'new';
    const nameId = claimId === 'nameId';
    const name = ko.observable('');
    const namespace = ko.observable('');
    const source = ko.observable<Source | ''>('Attribute');
    const sourceAttribute = ko.observable('');
    const ready = ko.observable(false);
    const error = ko.observable('');
    const saving = ko.observable(false);
    const first = state.app.subscribe((a) => {
      if (!a || ready()) return;
      const claim = a.claims.find((c) => c.id === claimId);
      if (claim) {
        name(claim.name);
        namespace(claim.namespace);
        source(claim.source);
        sourceAttribute(claim.sourceAttribute);
      } else if (nameId) sourceAttribute(a.nameIdSourceAttribute);
      ready(true);
    });
    const save = async () => {
      error('');
      if (!nameId && !name().trim()) return error('Claim name is required.');
      if (!sourceAttribute().trim()) return error('Source attribute is required.');
      const s = source();
      const body = {
        name: name().trim(),
        namespace: namespace().trim(),
        source: s === 'Transformation' ? s : ('Attribute' as const),
        sourceAttribute: sourceAttribute().trim(),
      };
      saving(true);
      try {
        const a = nameId
          ? await entra.saveNameId(state.objectId, body.sourceAttribute)
          : claimId === 'new'
            ? await entra.addClaim(state.objectId, body)
            : await entra.updateClaim(state.objectId, claimId, body);
        ctx.host.notify({ kind: 'success', title: t('claimSaved'), detail: nameId ? t('uniqueUserId') : body.name });
        state.changed(a);
        ctx.host.closePane();
      } catch (e) {
        error(errorText(e));
        saving(false);
      }
    };
    return {
      t,
      ready,
      nameId,
      name,
      namespace,
      source,
      sourceAttribute,
      error,
      attributes: SOURCE_ATTRIBUTES,
      sourceAria: aria.colon(t('sourceAttribute')),
      sources: [
        { value: 'Attribute', text: t('attribute') },
        { value: 'Transformation', text: t('transformation') },
        { value: 'Directory schema extension', text: t('directorySchemaExtension'), disabled: true },
      ],
      commands: [
        { label: t('save'), icon: '💾', run: () => void save(), disabled: saving },
        { label: t('discard'), icon: '✕', run: () => ctx.host.closePane() },
      ],
      dispose: () => {
        first.dispose();
        state.dispose();
      },
    };
  },
);
