/** @jsxImportSource react */
import { CommandBar, Stack, Text, TextField } from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { mountFluent, useJudge } from '@/tests/corpus/pages/kit/fluent';
import { saved } from '@/tests/corpus/pages/kit/judge';
import { UrlRows, type UrlRow } from './url-rows';

/**
 * Basic SAML Configuration of a new non-gallery app as a Fluent view
 * (evidence 6): no Identifier or Reply URL input until the admin clicks the
 * "Add identifier" / "Add reply URL" Links (`button.ms-Link`, evidence 5);
 * each new row's input is named by aria-labelledby the list's heading.
 */

function BasicSamlPane(): ReactElement {
  const [identifiers, setIdentifiers] = useState<UrlRow[]>([]);
  const [replyUrls, setReplyUrls] = useState<UrlRow[]>([]);
  const [signOnUrl, setSignOnUrl] = useState('');
  const [relayState, setRelayState] = useState('');
  const [logoutUrl, setLogoutUrl] = useState('');
  useJudge(() => ({
    identifier: saved(identifiers.map((r) => r.value)),
    replyUrl: saved(replyUrls.map((r) => r.value)),
    signOnUrl,
    relayState,
    logoutUrl,
  }));
  return (
    <Stack tokens={{ childrenGap: 14 }} styles={{ root: { padding: 16 } }}>
      <CommandBar
        items={[
          { key: 'save', text: 'Save', iconProps: { iconName: 'Save' } },
          { key: 'feedback', text: 'Got feedback?', iconProps: { iconName: 'Feedback' } },
        ]}
      />
      <Text>Basic SAML configuration is used to configure the application with Microsoft Entra ID.</Text>
      <UrlRows
        heading="Identifier (Entity ID)"
        help="The unique ID that identifies your application to Microsoft Entra ID. This value must be unique across all applications in your Microsoft Entra tenant."
        add="Add identifier"
        rows={identifiers}
        onChange={setIdentifiers}
        naming="labelledby-heading"
      />
      <UrlRows
        heading="Reply URL (Assertion Consumer Service URL)"
        help="The reply URL is where the application expects to receive the authentication token."
        add="Add reply URL"
        rows={replyUrls}
        onChange={setReplyUrls}
        naming="labelledby-heading"
      />
      <TextField label="Sign on URL (Optional)" value={signOnUrl} onChange={(_e, v) => setSignOnUrl(v ?? '')} />
      <TextField label="Relay State (Optional)" value={relayState} onChange={(_e, v) => setRelayState(v ?? '')} />
      <TextField label="Logout Url (Optional)" value={logoutUrl} onChange={(_e, v) => setLogoutUrl(v ?? '')} />
    </Stack>
  );
}

mountFluent(<BasicSamlPane />);
