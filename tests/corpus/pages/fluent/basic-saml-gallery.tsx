/** @jsxImportSource react */
import { ActionButton, CommandBar, Stack, Text, TextField } from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { mountFluent, useJudge } from '@/tests/corpus/pages/kit/fluent';
import { saved } from '@/tests/corpus/pages/kit/judge';
import { UrlRows, type UrlRow } from './url-rows';

/**
 * Basic SAML Configuration of a gallery-style app as a Fluent view (evidence
 * 6): one empty Identifier and Reply URL row, each input with its own
 * aria-label, and Sign on URL, Relay State and Logout Url not drawn at all
 * until "Set additional URLs" is expanded.
 */

function BasicSamlPane(): ReactElement {
  const [identifiers, setIdentifiers] = useState<UrlRow[]>([{ value: '', isDefault: true }]);
  const [replyUrls, setReplyUrls] = useState<UrlRow[]>([{ value: '', isDefault: true }]);
  const [more, setMore] = useState(false);
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
        help="The default identifier will be the audience of the SAML response for IDP-initiated SSO"
        add="Add identifier"
        rows={identifiers}
        onChange={setIdentifiers}
        naming={{ ariaLabel: 'Identifier (Entity ID)' }}
      />
      <UrlRows
        heading="Reply URL (Assertion Consumer Service URL)"
        help="The default reply URL will be the destination in the SAML response for IDP-initiated SSO"
        add="Add reply URL"
        rows={replyUrls}
        onChange={setReplyUrls}
        naming={{ ariaLabel: 'Reply URL (Assertion Consumer Service URL)' }}
      />
      <ActionButton iconProps={{ iconName: more ? 'ChevronUp' : 'ChevronDown' }} aria-expanded={more} onClick={() => setMore(!more)}>
        Set additional URLs
      </ActionButton>
      {more && (
        <>
          <TextField label="Sign on URL" value={signOnUrl} onChange={(_e, v) => setSignOnUrl(v ?? '')} />
          <TextField label="Relay State (Optional)" value={relayState} onChange={(_e, v) => setRelayState(v ?? '')} />
          <TextField label="Logout Url (Optional)" value={logoutUrl} onChange={(_e, v) => setLogoutUrl(v ?? '')} />
        </>
      )}
    </Stack>
  );
}

mountFluent(<BasicSamlPane />);
