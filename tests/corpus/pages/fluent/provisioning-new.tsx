/** @jsxImportSource react */
import { CommandBar, DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { mountFluent, useJudge } from '@/tests/corpus/pages/kit/fluent';

/**
 * The newer provisioning flow as a Fluent view (evidence 8;
 * provisioning-facts §6.2, §4.2): an overview with "+ New configuration";
 * then Authentication Method (Bearer authentication chosen), Tenant URL,
 * Secret Token, Test connection, and Create, enabled only after a passing
 * test of the same credentials. No Provisioning Mode dropdown.
 */

function Provisioning(): ReactElement {
  const [editing, setEditing] = useState(false);
  const [method, setMethod] = useState('Bearer authentication');
  const [tenantUrl, setTenantUrl] = useState('');
  const [secretToken, setSecretToken] = useState('');
  const [passed, setPassed] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useJudge(() => ({ authenticationMethod: method, tenantUrl, secretToken }));
  const creds = `${tenantUrl}\n${secretToken}`;
  if (!editing) {
    return (
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16 } }}>
        <CommandBar items={[{ key: 'new', text: 'New configuration', iconProps: { iconName: 'Add' }, onClick: () => setEditing(true) }]} />
        <Text variant="xLarge" as="h2">
          Automate identity lifecycle management with Microsoft Entra
        </Text>
        <Text>Automatically create, update, and delete accounts when users join, leave, and move within your organization.</Text>
      </Stack>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16, maxWidth: 640 } }}>
      <Text variant="large" as="h2">
        Admin credentials
      </Text>
      <Dropdown
        label="Authentication Method"
        required
        selectedKey={method}
        options={[
          { key: 'Bearer authentication', text: 'Bearer authentication' },
          { key: 'OAuth2 client credentials grant', text: 'OAuth2 client credentials grant' },
        ]}
        onChange={(_e, o) => o && setMethod(String(o.key))}
      />
      <TextField
        label="Tenant URL"
        required
        placeholder="https://api.contoso.com/scim/"
        value={tenantUrl}
        onChange={(_e, v) => setTenantUrl(v ?? '')}
      />
      <TextField label="Secret Token" type="password" canRevealPassword value={secretToken} onChange={(_e, v) => setSecretToken(v ?? '')} />
      <DefaultButton
        text="Test connection"
        onClick={() => {
          const ok = tenantUrl.startsWith('https://') && secretToken !== '';
          setPassed(ok ? creds : null);
          setMessage(
            ok
              ? { ok, text: 'The supplied credentials are authorized to enable provisioning' }
              : {
                  ok,
                  text: 'You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account.',
                },
          );
        }}
      />
      {message && <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error}>{message.text}</MessageBar>}
      <PrimaryButton text="Create" disabled={passed !== creds} />
    </Stack>
  );
}

mountFluent(<Provisioning />);
