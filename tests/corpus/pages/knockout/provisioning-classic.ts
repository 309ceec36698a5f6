import * as ko from 'knockout';
import { azcButton, azcDropdown, azcTextBox, azcToolbar, dropdownModel, mountBlade } from '@/tests/corpus/pages/kit/azc';

/**
 * The classic Provisioning blade as Knockout azc in the top document
 * (evidence 1, 4, 8; provisioning-facts §6.1): a Provisioning Mode dropdown
 * (`div[role=combobox]`, `div[role=treeitem]` options, its aria-label in other
 * words than its label), and once Automatic, Admin Credentials with Tenant
 * URL, Secret Token and Test Connection (`div[role=button]`). The value
 * binding updates the model on `change` only.
 */

const mode = dropdownModel(['Manual', 'Automatic'], 'Manual');
const vm = {
  mode,
  automatic: ko.pureComputed(() => mode.selected() === 'Automatic'),
  tenantUrl: ko.observable(''),
  secretToken: ko.observable(''),
  message: ko.observable(''),
  test: () =>
    vm.message(
      vm.tenantUrl() && vm.secretToken()
        ? 'The supplied credentials are authorized to enable provisioning'
        : 'Enter the Tenant URL and the Secret Token.',
    ),
};

const html = `${azcToolbar(['Save', 'Discard'])}
${azcDropdown({ label: 'Provisioning Mode', required: true, info: 'Automatic provisioning creates and updates accounts in the app.' }, 'mode', 'Select provisioning mode')}
<p>Use Microsoft Entra to manage the creation and synchronization of user accounts in JustCall based on user and group assignment.</p>
<!-- ko if: automatic -->
<div class="fxs-section">
<div class="fxs-section-title" role="heading" aria-level="3">Admin Credentials</div>
<p>Microsoft Entra needs the following information to connect to JustCall's API and synchronize user data.</p>
${azcTextBox({ label: 'Tenant URL', required: true, info: "The SCIM endpoint of the app's API." }, { bind: 'value: tenantUrl', ariaLabel: 'Tenant URL:' })}
${azcTextBox({ label: 'Secret Token', info: 'The bearer token Entra sends to the app.' }, { bind: 'value: secretToken', ariaLabel: 'Secret Token:', type: 'password' })}
${azcButton('Test Connection', 'click: test')}
<div role="status" data-bind="text: message"></div>
<div class="fxs-section-title" role="heading" aria-level="3">Mappings</div>
<div class="fxs-section-title" role="heading" aria-level="3">Settings</div>
</div>
<!-- /ko -->`;

mountBlade('corpus-blade', html, vm, () => ({ mode: mode.selected(), tenantUrl: vm.tenantUrl(), secretToken: vm.secretToken() }));
