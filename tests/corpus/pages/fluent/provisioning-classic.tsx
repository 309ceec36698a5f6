/** @jsxImportSource react */
import { CommandBar, DefaultButton, Dropdown, MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { mountFluent, useDomId, useJudge } from '@/tests/corpus/pages/kit/fluent';

/**
 * The classic Provisioning page as a Fluent view (evidence 5, 8;
 * provisioning-facts §6.1): a required Provisioning Mode Dropdown, named by
 * aria-labelledby its label and the selected option's text ("Provisioning
 * Mode Manual"), its options `button[role=option]` in a Layer at the end of
 * body; once Automatic, Admin Credentials with Tenant URL, Secret Token and
 * Test Connection, in the same view.
 */

function ProvisioningPage(): ReactElement {
  const [mode, setMode] = useState('Manual');
  const [tenantUrl, setTenantUrl] = useState('');
  const [secretToken, setSecretToken] = useState('');
  const [tested, setTested] = useState<string | null>(null);
  const credsId = useDomId('creds');
  useJudge(() => ({ mode, tenantUrl, secretToken }));
  return (
    <Stack tokens={{ childrenGap: 14 }} styles={{ root: { padding: 16, maxWidth: 720 } }}>
      <CommandBar
        items={[
          { key: 'save', text: 'Save', iconProps: { iconName: 'Save' } },
          { key: 'discard', text: 'Discard', iconProps: { iconName: 'Cancel' } },
        ]}
      />
      <Dropdown
        label="Provisioning Mode"
        required
        selectedKey={mode}
        options={[
          { key: 'Manual', text: 'Manual' },
          { key: 'Automatic', text: 'Automatic' },
        ]}
        onChange={(_e, o) => o && setMode(String(o.key))}
      />
      <Text>
        Use Microsoft Entra to manage the creation and synchronization of user accounts in JustCall based on user and group assignment.
      </Text>
      {mode === 'Automatic' && (
        <Stack role="group" aria-labelledby={credsId} tokens={{ childrenGap: 10 }}>
          <Text variant="large" id={credsId} as="h3">
            Admin Credentials
          </Text>
          <Text>Microsoft Entra needs the following information to connect to JustCall&apos;s API and synchronize user data.</Text>
          <TextField label="Tenant URL" required value={tenantUrl} onChange={(_e, v) => setTenantUrl(v ?? '')} />
          <TextField
            label="Secret Token"
            type="password"
            canRevealPassword
            value={secretToken}
            onChange={(_e, v) => setSecretToken(v ?? '')}
          />
          <DefaultButton text="Test Connection" onClick={() => setTested(tenantUrl && secretToken ? 'ok' : 'missing')} />
          {tested === 'ok' && (
            <MessageBar messageBarType={MessageBarType.success}>The supplied credentials are authorized to enable provisioning</MessageBar>
          )}
          {tested === 'missing' && (
            <MessageBar messageBarType={MessageBarType.error}>Enter the Tenant URL and the Secret Token.</MessageBar>
          )}
          <Text variant="large" as="h3">
            Mappings
          </Text>
          <Text variant="large" as="h3">
            Settings
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

mountFluent(<ProvisioningPage />);
