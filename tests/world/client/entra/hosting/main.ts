import '../fluent.css';
import { AppDetailSchema, TenantViewSchema, TestConnectionResultSchema } from '../../../server/portal-api/views';
import { api, errorText } from '../../shared/api';
import { bindText, bindValue, bindVisible, observable } from './observable';

/**
 * The Provisioning "Admin Credentials" form as an older Knockout blade draws
 * it, in a nested frame on provisioning.reactblade.portal.azure.net: plain inputs whose model
 * updates only on `change`, and Test Connection. Values go to the parent
 * blade by postMessage so its Save can send them.
 */

const params = new URLSearchParams(window.location.search);
const objectId = params.get('objectId') ?? '';
const parentOrigin = (() => {
  try {
    const u = new URL(params.get('parent') ?? '');
    return u.hostname.endsWith('.reactblade.portal.azure.net') ? u.origin : null;
  } catch {
    return null;
  }
})();

const tenantUrl = observable('');
const secretToken = observable('');
const testing = observable(false);
const resultText = observable('');
const resultOk = observable(false);
const hasResult = observable(false);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

function field(id: string, label: string, type: string, model: typeof tenantUrl, placeholder: string): HTMLElement {
  const wrap = el('div', { class: 'field ko-field' });
  const lab = el('label', { for: id, class: 'field-label required' }, label);
  const input = el('input', {
    id,
    type,
    'data-bind': 'value: ' + (id === 'ko-tenant-url' ? 'tenantUrl' : 'secretToken'),
    placeholder,
    autocomplete: 'off',
  });
  bindValue(input, model);
  wrap.append(lab, input);
  return wrap;
}

function post(): void {
  if (!parentOrigin || window.parent === window) return;
  window.parent.postMessage({ type: 'world:adminCredentials', objectId, tenantUrl: tenantUrl(), secretToken: secretToken() }, parentOrigin);
}

async function testConnection(appName: string): Promise<void> {
  testing(true);
  hasResult(true);
  resultOk(false);
  resultText(`Testing connection to ${appName}`);
  try {
    const r = await api(TestConnectionResultSchema, 'POST', `/api/entra/apps/${encodeURIComponent(objectId)}/provisioning/test`, {
      tenantUrl: tenantUrl(),
      secretToken: secretToken(),
    });
    resultOk(r.ok);
    resultText(r.ok ? r.message : `Testing connection to ${appName} failed. ${r.message}`);
  } catch (e) {
    resultText(`Testing connection to ${appName} failed. ${errorText(e)}`);
  } finally {
    testing(false);
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  root.className = 'ko-root';
  root.textContent = 'Loading...';
  let renamed: Record<string, string> = {};
  let appName = 'the application';
  try {
    const [tenant, app] = await Promise.all([
      api(TenantViewSchema, 'GET', '/api/entra/tenant'),
      api(AppDetailSchema, 'GET', `/api/entra/apps/${encodeURIComponent(objectId)}`),
    ]);
    renamed = tenant.renamedLabels;
    appName = app.name;
    tenantUrl(app.provisioning.tenantUrl);
    secretToken(app.provisioning.secretToken);
  } catch (e) {
    root.textContent = `Could not load the provisioning configuration: ${errorText(e)}`;
    return;
  }
  const L = (t: string) => renamed[t] ?? t;
  root.textContent = '';
  const form = el('div', { class: 'ko-form', 'data-bind': 'with: adminCredentials' });
  form.append(
    el(
      'p',
      { class: 'muted' },
      `Microsoft Entra ID needs the following information to connect to ${appName}'s API and synchronize user data.`,
    ),
    field('ko-tenant-url', L('Tenant URL'), 'text', tenantUrl, ''),
    field('ko-secret-token', L('Secret Token'), 'password', secretToken, ''),
  );
  const button = el('button', { type: 'button', class: 'secondary', 'data-bind': 'click: testConnection' }, L('Test Connection'));
  button.addEventListener('click', () => void testConnection(appName));
  testing.subscribe((t) => {
    button.disabled = t;
  });
  const result = el('div', { class: 'ko-result', role: 'status', 'aria-live': 'polite' });
  const icon = el('span', { class: 'ko-result-icon', 'aria-hidden': 'true' });
  const text = el('span');
  result.append(icon, text);
  bindText(text, resultText);
  bindVisible(result, hasResult);
  const paint = () => {
    result.className = `ko-result ${testing() ? 'pending' : resultOk() ? 'success' : 'failure'}`;
    icon.textContent = testing() ? '…' : resultOk() ? '✔' : '✖';
  };
  testing.subscribe(paint);
  resultOk.subscribe(paint);
  form.append(button, result);
  root.append(form);
  tenantUrl.subscribe(post);
  secretToken.subscribe(post);
  post();
}

void start();
