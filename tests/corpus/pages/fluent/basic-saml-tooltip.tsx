/** @jsxImportSource react */
import { CommandBar, Stack, TextField } from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { InfoLabel, mountFluent, useDomId, useJudge } from '@/tests/corpus/pages/kit/fluent';
import { saved } from '@/tests/corpus/pages/kit/judge';

/**
 * Basic SAML Configuration as a Fluent view: one TextField per value, each
 * label holding an info TooltipHost, the required ones marked by Fluent's
 * required Label (its " *" is CSS). The pane title is the shell's.
 */

const TIPS = {
  identifier:
    'The unique ID that identifies your application to Microsoft Entra ID. This value must be unique across all applications in your Microsoft Entra tenant.',
  replyUrl:
    'The reply URL is where the application expects to receive the authentication token. This is also referred to as the "Assertion Consumer Service" (ACS) in SAML.',
  signOnUrl: 'Sign on URL is used if you would like to perform service provider-initiated single sign-on.',
  relayState: 'The Relay State instructs the application where to redirect users after authentication is completed.',
  logoutUrl: 'This URL is used to send the SAML logout response back to the application.',
};

function Field(props: { label: string; tip: string; required?: boolean; value: string; onChange: (v: string) => void }): ReactElement {
  const id = useDomId('field');
  const labelId = `${id}-label`;
  return (
    <TextField
      id={id}
      label={props.label}
      required={props.required}
      aria-labelledby={labelId}
      value={props.value}
      onChange={(_e, v) => props.onChange(v ?? '')}
      onRenderLabel={() => (
        <InfoLabel id={labelId} htmlFor={id} required={props.required} tooltip={props.tip}>
          {props.label}
        </InfoLabel>
      )}
    />
  );
}

function BasicSamlPane(): ReactElement {
  const [identifier, setIdentifier] = useState('');
  const [replyUrl, setReplyUrl] = useState('');
  const [signOnUrl, setSignOnUrl] = useState('');
  const [relayState, setRelayState] = useState('');
  const [logoutUrl, setLogoutUrl] = useState('');
  useJudge(() => ({ identifier: saved([identifier]), replyUrl: saved([replyUrl]), signOnUrl, relayState, logoutUrl }));
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16 } }}>
      <CommandBar
        items={[
          { key: 'save', text: 'Save', iconProps: { iconName: 'Save' } },
          { key: 'feedback', text: 'Got feedback?', iconProps: { iconName: 'Feedback' } },
        ]}
      />
      <Field label="Identifier (Entity ID)" tip={TIPS.identifier} required value={identifier} onChange={setIdentifier} />
      <Field label="Reply URL (Assertion Consumer Service URL)" tip={TIPS.replyUrl} required value={replyUrl} onChange={setReplyUrl} />
      <Field label="Sign on URL (Optional)" tip={TIPS.signOnUrl} value={signOnUrl} onChange={setSignOnUrl} />
      <Field label="Relay State (Optional)" tip={TIPS.relayState} value={relayState} onChange={setRelayState} />
      <Field label="Logout Url (Optional)" tip={TIPS.logoutUrl} value={logoutUrl} onChange={setLogoutUrl} />
    </Stack>
  );
}

mountFluent(<BasicSamlPane />);
