/** @jsxImportSource react */
import { CommandBar, Stack, TextField } from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { useJudge } from '@/tests/corpus/pages/kit/fluent';
import { saved } from '@/tests/corpus/pages/kit/judge';

/** Plain Basic SAML TextFields (label prop, required marks), for the variants whose point is the frame, not the form. */
export function BasicSamlFields(): ReactElement {
  const [identifier, setIdentifier] = useState('');
  const [replyUrl, setReplyUrl] = useState('');
  const [signOnUrl, setSignOnUrl] = useState('');
  const [relayState, setRelayState] = useState('');
  const [logoutUrl, setLogoutUrl] = useState('');
  useJudge(() => ({ identifier: saved([identifier]), replyUrl: saved([replyUrl]), signOnUrl, relayState, logoutUrl }));
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16 } }}>
      <CommandBar items={[{ key: 'save', text: 'Save', iconProps: { iconName: 'Save' } }]} />
      <TextField label="Identifier (Entity ID)" required value={identifier} onChange={(_e, v) => setIdentifier(v ?? '')} />
      <TextField label="Reply URL (Assertion Consumer Service URL)" required value={replyUrl} onChange={(_e, v) => setReplyUrl(v ?? '')} />
      <TextField label="Sign on URL (Optional)" value={signOnUrl} onChange={(_e, v) => setSignOnUrl(v ?? '')} />
      <TextField label="Relay State (Optional)" value={relayState} onChange={(_e, v) => setRelayState(v ?? '')} />
      <TextField label="Logout Url (Optional)" value={logoutUrl} onChange={(_e, v) => setLogoutUrl(v ?? '')} />
    </Stack>
  );
}
