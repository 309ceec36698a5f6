/**
 * Fluent drawings of Provisioning: the classic page (Get started, Provisioning
 * Mode dropdown, Admin Credentials, Mappings, Settings, Provisioning Status
 * toggle, Save) and the newer flow ("New configuration", Authentication
 * Method, Test connection, Create only after a passing test; then Start
 * provisioning and Properties in a Panel).
 */
import {
  CommandBar,
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PrimaryButton,
  SelectionMode,
  Stack,
  Text,
  TextField,
  Toggle,
  type ICommandBarItemProps,
} from '@fluentui/react';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppDetail, ProvisioningBody } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { entra, formatDate, provisioningBody } from '../../ibiza/api';
import type { ViewContext } from '../../ibiza/context';
import { Grid } from '../grid';
import { attempt, InfoLabel, page, useApp, useCtx, useDomId } from '../kit';

type Result = { ok: boolean; message: string } | null;

function TestResult({ result }: { result: Result }) {
  if (!result) return null;
  return (
    <MessageBar messageBarType={result.ok ? MessageBarType.success : MessageBarType.error} role="status">
      {result.message}
    </MessageBar>
  );
}

function Collapsible({ title, children, open: initial = true }: { title: string; children: ReactNode; open?: boolean }) {
  const [open, setOpen] = useState(initial);
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { borderTop: '1px solid #edebe9', paddingTop: 8 } }}>
      <DefaultButton
        styles={{ root: { border: 0, padding: 0, justifyContent: 'flex-start' } }}
        aria-expanded={open}
        iconProps={{ iconName: open ? 'ChevronDown' : 'ChevronRight' }}
        text={title}
        onClick={() => setOpen(!open)}
      />
      {open && children}
    </Stack>
  );
}

function Mappings({ app }: { app: AppDetail }) {
  return (
    <Grid
      items={app.provisioning.mappings.map((m) => ({ ...m, key: m.target }))}
      columns={[
        { key: 's', name: 'Microsoft Entra ID Attribute', fieldName: 'source', minWidth: 260 },
        { key: 't', name: `${app.name} Attribute`, fieldName: 'target', minWidth: 220 },
      ]}
      selectionMode={SelectionMode.none}
    />
  );
}

function CycleStatus({ app }: { app: AppDetail }) {
  const ctx = useCtx();
  const { t } = ctx;
  const p = app.provisioning;
  const c = p.lastCycle;
  return (
    <Stack tokens={{ childrenGap: 4 }} styles={{ root: { border: '1px solid #edebe9', padding: 12 } }}>
      <Text variant="mediumPlus">{t('currentCycle')}</Text>
      <Text>
        {t('provisioningStatus')}: {p.status === 'On' ? t('on') : t('off')}
      </Text>
      <Text>
        {t('scope')}: {p.scope === 'all' ? t('scopeAll') : t('scopeAssigned')}
      </Text>
      <Text>
        {t('lastCycle')}:{' '}
        {c
          ? `${c.errors.length ? t('completedWithErrors') : t('completed')} · ${formatDate(c.at, ctx.locale)} · ${c.created} / ${c.updated} / ${c.deactivated}`
          : t('notRunYet')}
      </Text>
    </Stack>
  );
}

function startStop(ctx: ViewContext, app: AppDetail, changed: (a: AppDetail) => void): (on: boolean) => Promise<void> {
  return async (on) => {
    const saved = await attempt(ctx, ctx.t('requestFailed'), async () => {
      const next = await entra.saveProvisioning(app.objectId, provisioningBody(app, { status: on ? 'On' : 'Off' }));
      return on ? entra.runProvisioning(app.objectId) : next;
    });
    if (!saved) return;
    changed(saved);
    ctx.host.notify({ kind: 'success', title: on ? ctx.t('provisioningStarted') : ctx.t('provisioningStopped') });
  };
}

async function testConnection(ctx: ViewContext, app: AppDetail, body: Parameters<typeof entra.testProvisioning>[1]): Promise<Result> {
  try {
    const r = await entra.testProvisioning(app.objectId, body);
    return r.ok ? r : { ok: false, message: `${ctx.t('testFailed', { app: app.name })} ${r.message}` };
  } catch (e) {
    return { ok: false, message: `${ctx.t('testFailed', { app: app.name })} ${errorText(e)}` };
  }
}

export function ProvisioningClassic() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app, changed, reload } = useApp();
  const tenantId = useDomId('tenanturl');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<ProvisioningBody | null>(null);
  const [result, setResult] = useState<Result>(null);
  const [testing, setTesting] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    if (app && !draft) setDraft(provisioningBody(app));
  }, [app, draft]);
  if (!app || !draft) return null;
  const configured = app.provisioning.mode === 'Automatic' && app.provisioning.tenantUrl !== '';
  if (!editing && !configured)
    return (
      <Stack styles={page} tokens={{ childrenGap: 12 }}>
        <Text variant="xLarge">{t('provisioningLanding')}</Text>
        <Text>{t('provisioningLandingText')}</Text>
        <Stack horizontal>
          <PrimaryButton text={t('getStarted')} onClick={() => setEditing(true)} />
        </Stack>
      </Stack>
    );
  const run = startStop(ctx, app, changed);
  if (!editing) {
    const on = app.provisioning.status === 'On';
    const items: ICommandBarItemProps[] = [
      { key: 'start', text: t('startProvisioning'), iconProps: { iconName: 'Play' }, disabled: on, onClick: () => void run(true) },
      { key: 'stop', text: t('stopProvisioning'), iconProps: { iconName: 'Stop' }, disabled: !on, onClick: () => void run(false) },
      { key: 'restart', text: t('restartProvisioning'), iconProps: { iconName: 'Refresh' }, disabled: !on, onClick: () => void run(true) },
      { key: 'edit', text: t('editProvisioning'), iconProps: { iconName: 'Edit' }, onClick: () => setEditing(true) },
      { key: 'refresh', text: t('refresh'), iconProps: { iconName: 'Refresh' }, onClick: () => void reload() },
    ];
    return (
      <Stack styles={page} tokens={{ childrenGap: 12 }}>
        <CommandBar items={items} />
        <CycleStatus app={app} />
      </Stack>
    );
  }
  const save = async () => {
    setSaving(true);
    setError('');
    try {
      const saved = await entra.saveProvisioning(app.objectId, draft);
      changed(saved);
      ctx.host.notify({ kind: 'success', title: t('savedProvisioning'), detail: saved.name });
    } catch (e) {
      setError(errorText(e));
      ctx.host.notify({ kind: 'error', title: t('saveFailed'), detail: errorText(e) });
    } finally {
      setSaving(false);
    }
  };
  const test = async () => {
    setTesting(true);
    setResult({ ok: false, message: t('testingConnection', { app: app.name }) });
    setResult(await testConnection(ctx, app, { tenantUrl: draft.tenantUrl, secretToken: draft.secretToken }));
    setTesting(false);
  };
  return (
    <Stack styles={page} tokens={{ childrenGap: 14 }}>
      <CommandBar
        items={[
          { key: 'save', text: t('save'), iconProps: { iconName: 'Save' }, disabled: saving, onClick: () => void save() },
          {
            key: 'discard',
            text: t('discard'),
            iconProps: { iconName: 'Cancel' },
            onClick: () => {
              setDraft(provisioningBody(app));
              setEditing(false);
            },
          },
        ]}
      />
      <Dropdown
        label={t('provisioningMode')}
        required
        selectedKey={draft.mode}
        onChange={(_, o) => o && (o.key === 'Manual' || o.key === 'Automatic') && setDraft({ ...draft, mode: o.key })}
        options={[
          { key: 'Manual', text: t('manual') },
          { key: 'Automatic', text: t('automatic') },
        ]}
      />
      {draft.mode === 'Automatic' && (
        <>
          <Collapsible title={t('adminCredentials')}>
            <Text>{t('adminCredentialsHelp', { app: app.name })}</Text>
            <TextField
              id={tenantId}
              required
              value={draft.tenantUrl}
              onChange={(_, v) => setDraft({ ...draft, tenantUrl: v ?? '' })}
              onRenderLabel={() => (
                <InfoLabel htmlFor={tenantId} text={t('tenantUrl')} info="The URL of the application's SCIM endpoint." required />
              )}
            />
            <TextField
              label={t('secretToken')}
              type="password"
              canRevealPassword
              value={draft.secretToken}
              onChange={(_, v) => setDraft({ ...draft, secretToken: v ?? '' })}
            />
            <Stack horizontal>
              <DefaultButton text={t('testConnection')} disabled={testing} onClick={() => void test()} />
            </Stack>
            <TestResult result={result} />
          </Collapsible>
          <Collapsible title={t('mappings')} open={false}>
            <Text>{t('provisionUsers')}</Text>
            <Mappings app={app} />
          </Collapsible>
          <Collapsible title={t('settings')}>
            <Dropdown
              label={t('scope')}
              selectedKey={draft.scope}
              onChange={(_, o) => o && (o.key === 'assigned' || o.key === 'all') && setDraft({ ...draft, scope: o.key })}
              options={[
                { key: 'assigned', text: t('scopeAssigned') },
                { key: 'all', text: t('scopeAll') },
              ]}
            />
          </Collapsible>
          <Toggle
            label={t('provisioningStatus')}
            onText={t('on')}
            offText={t('off')}
            checked={draft.status === 'On'}
            onChange={(_, on) => setDraft({ ...draft, status: on ? 'On' : 'Off' })}
          />
        </>
      )}
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
    </Stack>
  );
}

export function ProvisioningNew() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app, changed, reload } = useApp();
  const [creating, setCreating] = useState(false);
  const [method, setMethod] = useState<'bearer' | 'oauth2' | ''>('');
  const [tenantUrl, setTenantUrl] = useState('');
  const [secretToken, setSecretToken] = useState('');
  const [oauth, setOauth] = useState({ endpoint: '', clientId: '', secret: '' });
  const [result, setResult] = useState<Result>(null);
  const [testedWith, setTestedWith] = useState('');
  const [testing, setTesting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [panel, setPanel] = useState(false);
  const [scope, setScope] = useState<'assigned' | 'all'>('assigned');
  if (!app) return null;
  const current = `${method}\n${tenantUrl.trim()}\n${secretToken.trim()}`;
  const canCreate = method === 'bearer' && testedWith !== '' && testedWith === current;

  if (app.provisioning.configuredAt) {
    const on = app.provisioning.status === 'On';
    const run = startStop(ctx, app, changed);
    const apply = async () => {
      const saved = await attempt(ctx, t('requestFailed'), () => entra.saveProvisioning(app.objectId, provisioningBody(app, { scope })));
      if (!saved) return;
      changed(saved);
      setPanel(false);
    };
    return (
      <Stack styles={page} tokens={{ childrenGap: 12 }}>
        <CommandBar
          items={[
            { key: 'start', text: t('startProvisioning'), iconProps: { iconName: 'Play' }, disabled: on, onClick: () => void run(true) },
            { key: 'stop', text: t('stopProvisioning'), iconProps: { iconName: 'Stop' }, disabled: !on, onClick: () => void run(false) },
            { key: 'ondemand', text: t('provisionOnDemand'), iconProps: { iconName: 'Lightning' }, disabled: true },
            { key: 'refresh', text: t('refresh'), iconProps: { iconName: 'Refresh' }, onClick: () => void reload() },
          ]}
        />
        <CycleStatus app={app} />
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text variant="mediumPlus">{t('properties')}</Text>
          <DefaultButton
            iconProps={{ iconName: 'Edit' }}
            text={t('edit')}
            onClick={() => {
              setScope(app.provisioning.scope);
              setPanel(true);
            }}
          />
        </Stack>
        <Text variant="mediumPlus">{t('attributeMapping')}</Text>
        <Mappings app={app} />
        <Panel
          isOpen={panel}
          onDismiss={() => setPanel(false)}
          headerText={t('properties')}
          closeButtonAriaLabel={t('close')}
          onRenderFooterContent={() => <PrimaryButton text={t('apply')} onClick={() => void apply()} />}
          isFooterAtBottom
        >
          <Dropdown
            label={t('scope')}
            selectedKey={scope}
            onChange={(_, o) => o && (o.key === 'assigned' || o.key === 'all') && setScope(o.key)}
            options={[
              { key: 'assigned', text: t('scopeAssigned') },
              { key: 'all', text: t('scopeAll') },
            ]}
          />
        </Panel>
      </Stack>
    );
  }

  if (!creating)
    return (
      <Stack styles={page} tokens={{ childrenGap: 12 }}>
        <CommandBar
          items={[{ key: 'new', text: t('newConfiguration'), iconProps: { iconName: 'Add' }, onClick: () => setCreating(true) }]}
        />
        <Text>{t('newConfigurationHelp')}</Text>
      </Stack>
    );

  const test = async () => {
    if (!method) return;
    const tried = current;
    setTesting(true);
    setResult({ ok: false, message: t('testingConnection', { app: app.name }) });
    const r = await testConnection(ctx, app, { tenantUrl, secretToken, authMethod: method });
    setResult(r);
    setTestedWith(r?.ok ? tried : '');
    setTesting(false);
  };
  const create = async () => {
    setBusy(true);
    setError('');
    try {
      const saved = await entra.createProvisioning(app.objectId, { authMethod: 'bearer', tenantUrl, secretToken });
      changed(saved);
      ctx.host.notify({ kind: 'success', title: t('configurationCreated'), detail: saved.name });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack styles={page} tokens={{ childrenGap: 14 }}>
      <Text variant="xLarge">{t('newConfiguration')}</Text>
      <Dropdown
        label={t('authMethod')}
        required
        placeholder={t('selectAuthMethod')}
        selectedKey={method || null}
        onChange={(_, o) => o && (o.key === 'bearer' || o.key === 'oauth2') && setMethod(o.key)}
        options={[
          { key: 'bearer', text: t('bearer') },
          { key: 'oauth2', text: t('oauth2') },
        ]}
      />
      {method && <TextField label={t('tenantUrl')} required value={tenantUrl} onChange={(_, v) => setTenantUrl(v ?? '')} />}
      {method === 'bearer' && (
        <TextField
          label={t('secretToken')}
          type="password"
          canRevealPassword
          value={secretToken}
          onChange={(_, v) => setSecretToken(v ?? '')}
        />
      )}
      {method === 'oauth2' && (
        <>
          <TextField
            label={t('tokenEndpoint')}
            required
            value={oauth.endpoint}
            onChange={(_, v) => setOauth({ ...oauth, endpoint: v ?? '' })}
          />
          <TextField label={t('clientId')} required value={oauth.clientId} onChange={(_, v) => setOauth({ ...oauth, clientId: v ?? '' })} />
          <TextField
            label={t('clientSecret')}
            required
            type="password"
            value={oauth.secret}
            onChange={(_, v) => setOauth({ ...oauth, secret: v ?? '' })}
          />
        </>
      )}
      <Stack horizontal>
        <DefaultButton text={t('testConnectionNew')} disabled={testing || !method} onClick={() => void test()} />
      </Stack>
      <TestResult result={result} />
      {!canCreate && <Text>{t('createBlockedHint')}</Text>}
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      <Stack horizontal>
        <PrimaryButton text={t('create')} disabled={busy || !canCreate} onClick={() => void create()} />
      </Stack>
    </Stack>
  );
}
