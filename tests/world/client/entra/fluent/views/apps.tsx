/** Fluent drawings of Enterprise applications, the gallery, "Create your own application" and the app's Overview. */
import {
  ChoiceGroup,
  CommandBar,
  DetailsListLayoutMode,
  Link,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  SearchBox,
  SelectionMode,
  Stack,
  Text,
  TextField,
  type IColumn,
} from '@fluentui/react';
import { useCallback, useEffect, useState } from 'react';
import type { AppSummary } from '../../../../server/portal-api/views';
import { errorText } from '../../../shared/api';
import { entra } from '../../ibiza/api';
import { appRoute, formatHash } from '../../route';
import { Grid } from '../grid';
import { page, useApp, useCtx, useDomId } from '../kit';

export function EnterpriseAppsList() {
  const ctx = useCtx();
  const { t } = ctx;
  const [apps, setApps] = useState<AppSummary[] | null>(null);
  const [error, setError] = useState('');
  const [search, setSearch] = useState('');
  const load = useCallback(() => {
    entra.apps().then(setApps, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(load, [load]);
  const q = search.trim().toLowerCase();
  const shown = (apps ?? []).filter((a) => !q || a.name.toLowerCase().includes(q) || a.objectId.includes(q) || a.appId.includes(q));
  const columns: IColumn[] = [
    {
      key: 'name',
      name: t('colName'),
      minWidth: 180,
      onRender: (a: AppSummary) => <Link onClick={() => ctx.host.navigate(formatHash(appRoute(a, 'Overview')))}>{a.name}</Link>,
    },
    { key: 'objectId', name: t('colObjectId'), fieldName: 'objectId', minWidth: 260 },
    { key: 'appId', name: t('colAppId'), fieldName: 'appId', minWidth: 260 },
  ];
  return (
    <Stack styles={page} tokens={{ childrenGap: 10 }}>
      <CommandBar
        items={[
          {
            key: 'new',
            text: t('newApplication'),
            iconProps: { iconName: 'Add' },
            onClick: () => ctx.host.navigate(formatHash({ blade: 'gallery' })),
          },
          { key: 'refresh', text: t('refresh'), iconProps: { iconName: 'Refresh' }, onClick: load },
        ]}
      />
      <Text>
        View, filter, and search applications in your organization that are set up to use your Microsoft Entra tenant as their Identity
        Provider.
      </Text>
      <SearchBox
        placeholder={t('searchApps')}
        value={search}
        onChange={(_, v) => setSearch(v ?? '')}
        styles={{ root: { maxWidth: 420 } }}
      />
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      <Text>{t('appsFound', { n: shown.length })}</Text>
      <Grid
        items={shown}
        columns={columns}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        ariaLabelForGrid={t('allApplications')}
      />
    </Stack>
  );
}

const FEATURED = ['Microsoft Entra SAML Toolkit', 'Salesforce', 'ServiceNow', 'Zoom', 'Workday', 'Slack'];

export function AppGallery() {
  const ctx = useCtx();
  const [note, setNote] = useState('');
  return (
    <Stack styles={page} tokens={{ childrenGap: 12 }}>
      <CommandBar
        items={[
          {
            key: 'own',
            text: ctx.t('createOwnApp'),
            iconProps: { iconName: 'Add' },
            onClick: () => ctx.host.openPane('CreateOwnApplication'),
          },
        ]}
      />
      <Text>
        The Microsoft Entra App Gallery is a catalog of thousands of apps that make it easy to deploy and configure single sign-on (SSO) and
        automated user provisioning.
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        {FEATURED.map((name) => (
          <Link
            key={name}
            onClick={() => setNote('Gallery applications are not available in this simulated tenant. Use "Create your own application".')}
          >
            {name}
          </Link>
        ))}
      </Stack>
      {note && <MessageBar>{note}</MessageBar>}
    </Stack>
  );
}

export function CreateOwnApplication() {
  const ctx = useCtx();
  const { t } = ctx;
  const nameId = useDomId('appname');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const create = async () => {
    setBusy(true);
    setError('');
    try {
      const app = await entra.createApp(name.trim(), kind);
      ctx.host.notify({ kind: 'success', title: t('appAdded'), detail: app.name });
      ctx.host.closePane();
      ctx.host.navigate(formatHash(appRoute(app, 'Overview')));
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  return (
    <Stack styles={page} tokens={{ childrenGap: 16 }}>
      <TextField
        id={nameId}
        label={t('appNameQuestion')}
        required
        placeholder={t('inputName')}
        value={name}
        onChange={(_, v) => setName(v ?? '')}
      />
      <ChoiceGroup
        label={t('whatToDo')}
        selectedKey={kind || null}
        onChange={(_, o) => setKind(String(o?.key ?? ''))}
        options={[
          { key: 'appProxy', text: t('kindAppProxy') },
          { key: 'federatedApp', text: t('kindFederated') },
          { key: 'nonGallery', text: t('kindNonGallery') },
        ]}
      />
      {(kind === 'appProxy' || kind === 'federatedApp') && <MessageBar>{t('onlyNonGallery')}</MessageBar>}
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      <Stack horizontal>
        <PrimaryButton text={t('create')} disabled={busy || !name.trim() || kind !== 'nonGallery'} onClick={() => void create()} />
      </Stack>
    </Stack>
  );
}

export function AppOverview() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app } = useApp();
  if (!app) return null;
  const tiles = [
    { title: t('assignUsersTile'), link: t('assignUsersTile'), hash: formatHash(appRoute(app, 'UsersAndGroups')) },
    { title: t('setUpSsoTile'), link: t('getStarted'), hash: formatHash(appRoute(app, 'SignOn', app.ssoMode === 'saml')) },
    { title: t('provisionTile'), link: t('getStarted'), hash: formatHash(appRoute(app, 'Provisioning')) },
  ];
  return (
    <Stack styles={page} tokens={{ childrenGap: 12 }}>
      <Text variant="large">{t('properties')}</Text>
      <Stack tokens={{ childrenGap: 4 }}>
        <Text>
          {t('colName')}: {app.name}
        </Text>
        <Text>
          {t('colAppId')}: {app.appId}
        </Text>
        <Text>
          {t('colObjectId')}: {app.objectId}
        </Text>
      </Stack>
      <Text variant="large">{t('gettingStarted')}</Text>
      <Stack horizontal tokens={{ childrenGap: 16 }}>
        {tiles.map((tile, i) => (
          <Stack key={tile.hash} styles={{ root: { border: '1px solid #edebe9', padding: 12, width: 220 } }} tokens={{ childrenGap: 6 }}>
            <Text variant="mediumPlus">
              {i + 1}. {tile.title}
            </Text>
            <Link onClick={() => ctx.host.navigate(tile.hash)}>{tile.link}</Link>
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}
