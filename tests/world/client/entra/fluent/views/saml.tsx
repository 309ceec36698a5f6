/** Fluent drawings of Single sign-on: the method picker and the SAML page with its five sections. */
import { ActionButton, CommandBar, CompoundButton, DefaultButton, IconButton, Link, Stack, Text, TextField } from '@fluentui/react';
import type { ReactNode } from 'react';
import { entra, defaultOf, formatDate } from '../../ibiza/api';
import { appRoute, formatHash } from '../../route';
import { attempt, optionalLabel, page, useApp, useCtx, useDomId } from '../kit';

export function SingleSignOnMethods() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app, changed } = useApp();
  const chooseSaml = async () => {
    if (!app) return;
    const a = await attempt(ctx, t('saveFailed'), () => entra.setSsoMode(app.objectId, 'saml'));
    if (!a) return;
    changed(a);
    ctx.host.navigate(formatHash(appRoute(a, 'SignOn', true)));
  };
  const tiles = [
    { key: 'disabled', title: t('ssoDisabled'), text: 'Single sign-on is not enabled.', on: false },
    { key: 'saml', title: t('saml'), text: t('samlTileText'), on: true },
    {
      key: 'password',
      title: t('passwordBased'),
      text: 'Password storage and replay using a web browser extension or mobile app.',
      on: false,
    },
    { key: 'linked', title: t('linked'), text: 'Link to an application in My Apps and/or Office 365 application launcher.', on: false },
  ];
  return (
    <Stack styles={page} tokens={{ childrenGap: 12 }}>
      <Text variant="large">{t('selectSsoMethod')}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        {tiles.map((tile) => (
          <CompoundButton
            key={tile.key}
            text={tile.title}
            secondaryText={tile.text}
            disabled={!tile.on}
            onClick={tile.on ? () => void chooseSaml() : undefined}
            styles={{ root: { width: 240, maxWidth: 240, minHeight: 110 } }}
          />
        ))}
      </Stack>
    </Stack>
  );
}

function Section({ n, title, onEdit, children }: { n: number; title: string; onEdit?: () => void; children: ReactNode }) {
  const ctx = useCtx();
  const id = useDomId('sec');
  return (
    <section aria-labelledby={id} style={{ border: '1px solid #edebe9', padding: 14 }}>
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 10 }}>
        <Text variant="mediumPlus">{n}</Text>
        <Text as="h3" id={id} variant="mediumPlus" styles={{ root: { flex: 1, margin: 0, fontWeight: 600 } }}>
          {title}
        </Text>
        {onEdit && <ActionButton iconProps={{ iconName: 'Edit' }} text={ctx.t('edit')} onClick={onEdit} />}
      </Stack>
      <Stack tokens={{ childrenGap: 6 }} styles={{ root: { marginTop: 8 } }}>
        {children}
      </Stack>
    </section>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Stack horizontal tokens={{ childrenGap: 12 }}>
      <Text styles={{ root: { width: 300, color: '#605e5c' } }}>{label}</Text>
      <Text styles={{ root: { wordBreak: 'break-all' } }}>{value}</Text>
    </Stack>
  );
}

function CopyField({ label, value }: { label: string; value: string }) {
  const ctx = useCtx();
  const id = useDomId('copy');
  return (
    <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 4 }}>
      <TextField id={id} label={label} readOnly value={value} styles={{ root: { flex: 1 } }} />
      <IconButton
        iconProps={{ iconName: 'Copy' }}
        title={ctx.t('copyToClipboard')}
        ariaLabel={ctx.t('copyToClipboard')}
        onClick={() => void navigator.clipboard?.writeText(value).catch(() => undefined)}
      />
    </Stack>
  );
}

export function SamlConfiguration() {
  const ctx = useCtx();
  const { t } = ctx;
  const { app } = useApp();
  if (!app) return null;
  const cert = app.certificates.find((c) => c.status === 'Active');
  const opt = (v: string) => v || t('optional');
  const req = (v: string) => v || t('required');
  const certBase = `/api/entra/apps/${app.objectId}/certificates/${cert?.id ?? ''}`;
  const ids = { objectId: app.objectId, appId: app.appId };
  return (
    <Stack styles={page} tokens={{ childrenGap: 14 }}>
      <CommandBar
        items={[
          { key: 'upload', text: 'Upload metadata file', iconProps: { iconName: 'Upload' }, disabled: true },
          { key: 'mode', text: 'Change single sign-on mode', iconProps: { iconName: 'Refresh' }, disabled: true },
          {
            key: 'test',
            text: 'Test this application',
            iconProps: { iconName: 'Play' },
            onClick: () => void window.open(app.urls.testUrl, '_blank'),
          },
          { key: 'feedback', text: t('gotFeedback'), iconProps: { iconName: 'Feedback' } },
        ]}
      />
      <Text variant="large">{t('samlPageTitle')}</Text>
      <Section n={1} title={t('basicSaml')} onEdit={() => ctx.host.openPane('BasicSamlConfiguration', ids)}>
        <Row label={t('identifier')} value={req(defaultOf(app.identifiers))} />
        <Row label={t('replyUrl')} value={req(defaultOf(app.replyUrls))} />
        <Row label={t('signOnUrl')} value={opt(app.signOnUrl)} />
        <Row label={optionalLabel(ctx, t('relayState'))} value={opt(app.relayState)} />
        <Row label={optionalLabel(ctx, t('logoutUrl'))} value={opt(app.logoutUrl)} />
      </Section>
      <Section n={2} title={t('attributesClaims')} onEdit={() => ctx.host.navigate(formatHash({ blade: 'claims', ...ids }))}>
        {app.claims.map((c) => (
          <Row key={c.id} label={c.name} value={c.sourceAttribute} />
        ))}
        <Row label={t('uniqueUserIdShort')} value={app.nameIdSourceAttribute} />
      </Section>
      <Section n={3} title={t('samlCertificates')} onEdit={() => ctx.host.openPane('SamlCertificates', ids)}>
        <Text variant="medium" styles={{ root: { fontWeight: 600 } }}>
          {t('tokenSigningCertificate')}
        </Text>
        <Row label={t('status')} value={cert ? t('active') : '—'} />
        <Row label={t('thumbprint')} value={cert?.thumbprint ?? ''} />
        <Row label={t('expiration')} value={cert ? formatDate(cert.notAfter, ctx.locale) : ''} />
        <Row label={t('notificationEmail')} value={app.notificationEmail} />
        <CopyField label={t('metadataUrl')} value={app.urls.federationMetadataUrl} />
        {cert && (
          <>
            <DownloadRow label={t('certBase64')} href={`${certBase}/base64`} />
            <DownloadRow label={t('certRaw')} href={`${certBase}/raw`} />
          </>
        )}
        <DownloadRow label={t('fedMetadataXml')} href={app.urls.federationMetadataUrl} external />
      </Section>
      <Section n={4} title={t('setUpApp', { app: app.name })}>
        <Text>{t('setUpAppHelp')}</Text>
        <CopyField label={t('loginUrl')} value={app.urls.loginUrl} />
        <CopyField label={t('entraIdentifier')} value={app.urls.entraIdentifier} />
        <CopyField label={t('logoutUrlSetup')} value={app.urls.logoutUrl} />
      </Section>
      <Section n={5} title={t('testSso', { app: app.name })}>
        <Stack horizontal>
          <DefaultButton text={t('test')} onClick={() => void window.open(app.urls.testUrl, '_blank')} />
        </Stack>
      </Section>
    </Stack>
  );
}

function DownloadRow({ label, href, external }: { label: string; href: string; external?: boolean }) {
  const ctx = useCtx();
  return (
    <Stack horizontal tokens={{ childrenGap: 12 }}>
      <Text styles={{ root: { width: 300 } }}>{label}</Text>
      <Link href={href} {...(external ? { target: '_blank', rel: 'noreferrer' } : { download: '' })}>
        {ctx.t('download')}
      </Link>
    </Stack>
  );
}
