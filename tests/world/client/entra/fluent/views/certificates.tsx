/** Fluent drawing of the SAML Signing Certificate pane: certificates, New Certificate, make active (rotation), signing options. */
import { CommandBar, Dropdown, IconButton, SelectionMode, Stack, TextField, type IColumn } from '@fluentui/react';
import { useEffect, useState } from 'react';
import type { AppDetail, CertView } from '../../../../server/portal-api/views';
import { entra, formatDate } from '../../ibiza/api';
import { Grid } from '../grid';
import { attempt, page, useApp, useCtx } from '../kit';

export function SamlCertificates() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app, changed } = useApp();
  const [option, setOption] = useState<AppDetail['signingOption'] | null>(null);
  const [algorithm, setAlgorithm] = useState<AppDetail['signingAlgorithm'] | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  useEffect(() => {
    if (!app) return;
    setOption((o) => o ?? app.signingOption);
    setAlgorithm((a) => a ?? app.signingAlgorithm);
    setEmail((e) => e ?? app.notificationEmail);
  }, [app]);
  if (!app || option === null || algorithm === null || email === null) return null;
  const run = async (title: string, fn: () => Promise<AppDetail>) => {
    const a = await attempt(ctx, t('requestFailed'), fn);
    if (!a) return;
    changed(a);
    ctx.host.notify({ kind: 'success', title });
  };
  const base = `/api/entra/apps/${app.objectId}/certificates`;
  const columns: IColumn[] = [
    { key: 'status', name: t('status'), minWidth: 80, onRender: (c: CertView) => (c.status === 'Active' ? t('active') : t('inactive')) },
    { key: 'expires', name: t('expirationDate'), minWidth: 150, onRender: (c: CertView) => formatDate(c.notAfter, ctx.locale) },
    { key: 'thumbprint', name: t('thumbprint'), fieldName: 'thumbprint', minWidth: 300 },
    {
      key: 'menu',
      name: '',
      minWidth: 40,
      onRender: (c: CertView) => (
        <IconButton
          iconProps={{ iconName: 'More' }}
          title={t('moreOptions')}
          ariaLabel={t('moreOptions')}
          menuProps={{
            items: [
              {
                key: 'activate',
                text: t('makeActive'),
                disabled: c.status === 'Active',
                onClick: () => void run(t('makeActive'), () => entra.activateCertificate(app.objectId, c.id)),
              },
              { key: 'b64', text: t('base64Download'), href: `${base}/${c.id}/base64` },
              { key: 'raw', text: t('rawDownload'), href: `${base}/${c.id}/raw` },
              {
                key: 'delete',
                text: t('deleteCertificate'),
                disabled: c.status === 'Active',
                onClick: () => void run(t('deleteCertificate'), () => entra.deleteCertificate(app.objectId, c.id)),
              },
            ],
          }}
        />
      ),
    },
  ];
  return (
    <Stack styles={page} tokens={{ childrenGap: 14 }}>
      <CommandBar
        items={[
          {
            key: 'save',
            text: t('save'),
            iconProps: { iconName: 'Save' },
            onClick: () =>
              void run(t('certSaved'), () =>
                entra.saveSigning(app.objectId, { signingOption: option, signingAlgorithm: algorithm, notificationEmail: email }),
              ),
          },
          {
            key: 'new',
            text: t('newCertificate'),
            iconProps: { iconName: 'Add' },
            onClick: () => void run(t('newCertificate'), () => entra.newCertificate(app.objectId)),
          },
          { key: 'import', text: 'Import Certificate', iconProps: { iconName: 'Upload' }, disabled: true },
        ]}
      />
      <Grid items={app.certificates} columns={columns} selectionMode={SelectionMode.none} />
      <Dropdown
        label={t('signingOption')}
        selectedKey={option}
        onChange={(_, o) => o && setOption(o.key as AppDetail['signingOption'])}
        options={[
          { key: 'response', text: t('signResponse') },
          { key: 'assertion', text: t('signAssertion') },
          { key: 'both', text: t('signBoth') },
        ]}
      />
      <Dropdown
        label={t('signingAlgorithm')}
        selectedKey={algorithm}
        onChange={(_, o) => o && setAlgorithm(o.key as AppDetail['signingAlgorithm'])}
        options={[
          { key: 'SHA-256', text: 'SHA-256' },
          { key: 'SHA-1', text: 'SHA-1' },
        ]}
      />
      <TextField label={t('notificationEmails')} value={email} onChange={(_, v) => setEmail(v ?? '')} />
    </Stack>
  );
}
