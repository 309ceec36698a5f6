/** Knockout drawings of Users and groups, Add Assignment and the user/group picker. */
import * as ko from 'knockout';
import type { PrincipalView } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { entra } from '../../ibiza/api';
import { appRoute, formatHash } from '../../route';
import { appOf, attempt, koView } from './kit';
import { PickedSchema, selectionText } from '../../ibiza/picked';

koView(
  'UsersAndGroups',
  `<div class="fxs-blade-inner ext-users-groups" data-bind="with: app">
  <!-- ko component: { name: 'azc-toolbar', params: { items: $parent.commands } } --><!-- /ko -->
  <div class="fxs-infobox" data-bind="text: $parent.t('assignmentsInfo')"></div>
  <table class="azc-grid fxc-grid" role="grid">
    <thead><tr><th></th><th data-bind="text: $parent.t('displayName')"></th><th data-bind="text: $parent.t('objectType')"></th><th data-bind="text: $parent.t('roleAssigned')"></th></tr></thead>
    <tbody>
      <!-- ko foreach: assignments -->
      <tr><td><!-- ko component: { name: 'azc-checkbox', params: { checked: $component.checkedFor($data), ariaLabel: displayName } } --><!-- /ko --></td>
        <td data-bind="text: displayName"></td><td data-bind="text: type === 'User' ? $component.t('user') : $component.t('group')"></td><td data-bind="text: $component.t('defaultAccess')"></td></tr>
      <!-- /ko -->
      <!-- ko if: assignments.length === 0 --><tr><td colspan="4" data-bind="text: $parent.t('noAssignments')"></td></tr><!-- /ko -->
    </tbody>
  </table>
</div>`,
  (ctx) => {
    const state = appOf(ctx);
    const t = ctx.t;
    const selectedIds = ko.observableArray<string>([]);
    const checkedFor = (p: PrincipalView) =>
      ko.pureComputed({
        read: () => selectedIds().includes(p.id),
        write: (on: boolean) => (on ? selectedIds.push(p.id) : selectedIds.remove(p.id)),
      });
    const selected = () => [...selectedIds()];
    const anySelected = ko.pureComputed(() => selectedIds().length > 0);
    return {
      t,
      app: state.app,
      checkedFor,
      commands: [
        {
          label: t('addUserGroup'),
          icon: '+',
          run: () => ctx.host.navigate(formatHash({ blade: 'addAssignment', objectId: state.objectId, appId: ctx.params.appId ?? '' })),
        },
        { label: t('editAssignment'), icon: '✎', run: () => undefined, disabled: true },
        {
          label: t('remove'),
          icon: '🗑',
          disabled: ko.pureComputed(() => !anySelected()),
          run: async () => {
            for (const id of selected()) {
              const a = await attempt(ctx, t('requestFailed'), () => entra.unassign(state.objectId, id));
              if (a) state.changed(a);
            }
            selectedIds([]);
          },
        },
        { label: t('refresh'), icon: '↻', run: () => void state.reload() },
      ],
      dispose: state.dispose,
    };
  },
);

koView(
  'AddAssignment',
  `<div class="fxs-blade-inner ext-add-assignment">
  <div class="fxs-infobox" data-bind="text: t('nestedGroupsInfo')"></div>
  <div class="fxc-section ext-assignment-row">
    <div class="fxc-section-header" data-bind="text: t('usersAndGroups')"></div>
    <a href="#" class="fxs-link" data-bind="text: selection, click: pick"></a>
  </div>
  <div class="fxc-section ext-assignment-row">
    <div class="fxc-section-header" data-bind="text: t('selectRole')"></div><span data-bind="text: t('user')"></span>
  </div>
  <div class="fxs-blade-footer"><!-- ko component: { name: 'fx-button', params: { text: t('assign'), primary: true, click: assign, disabled: cannotAssign } } --><!-- /ko --></div>
</div>`,
  (ctx) => {
    const t = ctx.t;
    const objectId = ctx.params.objectId ?? '';
    const selected = ko.observableArray<PrincipalView>([]);
    const busy = ko.observable(false);
    const off = ctx.host.onPaneResult((data) => {
      const parsed = PickedSchema.safeParse(data);
      if (parsed.success) selected(parsed.data.picked);
    });
    return {
      t,
      selection: ko.pureComputed(() => selectionText(selected(), t)),
      pick: () =>
        ctx.host.openPane('PrincipalPicker', {
          objectId,
          selected: selected()
            .map((p) => p.id)
            .join(','),
        }),
      cannotAssign: ko.pureComputed(() => busy() || selected().length === 0),
      assign: async () => {
        busy(true);
        try {
          const a = await entra.assign(
            objectId,
            selected().map((p) => p.id),
          );
          ctx.host.notify({ kind: 'success', title: t('assignmentSucceeded'), detail: a.name });
          ctx.host.appChanged();
          ctx.host.navigate(formatHash(appRoute(a, 'UsersAndGroups')));
        } catch (e) {
          ctx.host.notify({ kind: 'error', title: t('requestFailed'), detail: errorText(e) });
          busy(false);
        }
      },
      dispose: off,
    };
  },
);

koView(
  'PrincipalPicker',
  `<div class="fxs-blade-inner ext-picker">
  <input type="search" class="azc-input" data-bind="textInput: search, attr: { placeholder: t('search'), 'aria-label': t('search') }">
  <!-- ko if: error --><div class="fxs-error" role="alert" data-bind="text: error"></div><!-- /ko -->
  <ul class="ext-picker-list" role="listbox" aria-multiselectable="true" data-bind="foreach: shown">
    <li class="ext-picker-item" role="option" tabindex="0" data-bind="attr: { 'aria-selected': $component.isPicked($data) ? 'true' : 'false' }, click: $component.toggle">
      <span class="ext-picker-name" data-bind="text: displayName"></span><span class="msportalfx-text-muted" data-bind="text: detail"></span>
    </li>
  </ul>
  <div class="fxc-section-header" data-bind="text: t('selectedCount', { n: picked().length })"></div>
  <ul class="ext-picked" data-bind="foreach: picked"><li data-bind="text: displayName"></li></ul>
  <div class="fxs-blade-footer"><!-- ko component: { name: 'fx-button', params: { text: t('select'), primary: true, click: done } } --><!-- /ko --></div>
</div>`,
  (ctx) => {
    const all = ko.observableArray<PrincipalView>([]);
    const picked = ko.observableArray<PrincipalView>([]);
    const search = ko.observable('');
    const error = ko.observable('');
    const initial = new Set((ctx.params.selected ?? '').split(',').filter(Boolean));
    entra.directory().then(
      (d) => {
        all(d);
        picked(d.filter((p) => initial.has(p.id)));
      },
      (e: unknown) => error(errorText(e)),
    );
    const isPicked = (p: PrincipalView) => picked().some((x) => x.id === p.id);
    return {
      t: ctx.t,
      search,
      error,
      picked,
      isPicked,
      shown: ko.pureComputed(() => {
        const q = search().trim().toLowerCase();
        return all().filter((p) => !q || p.displayName.toLowerCase().includes(q) || p.detail.toLowerCase().includes(q));
      }),
      toggle: (p: PrincipalView) => {
        if (isPicked(p)) picked.remove((x) => x.id === p.id);
        else picked.push(p);
      },
      done: () => {
        ctx.host.paneResult({ picked: picked() });
        ctx.host.closePane();
      },
    };
  },
);
