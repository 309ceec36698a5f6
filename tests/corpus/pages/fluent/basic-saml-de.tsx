/** @jsxImportSource react */
import { CommandBar, Stack, Text, TextField } from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { mountFluent, useJudge } from '@/tests/corpus/pages/kit/fluent';
import { saved } from '@/tests/corpus/pages/kit/judge';

/**
 * Basic SAML Configuration as a Fluent view in German (portal-i18n-and-clouds.md
 * rows 7–12, 14: Bezeichner (Entitäts-ID), Antwort-URL
 * (Assertionsverbraucherdienst-URL), Anmelde-URL, Relayzustand, Abmelde-URL,
 * Speichern). The docs give no German "(Optional)", so none is shown.
 */

function BasicSamlPane(): ReactElement {
  const [identifier, setIdentifier] = useState('');
  const [replyUrl, setReplyUrl] = useState('');
  const [signOnUrl, setSignOnUrl] = useState('');
  const [relayState, setRelayState] = useState('');
  const [logoutUrl, setLogoutUrl] = useState('');
  useJudge(() => ({ identifier: saved([identifier]), replyUrl: saved([replyUrl]), signOnUrl, relayState, logoutUrl }));
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16 } }}>
      <CommandBar items={[{ key: 'save', text: 'Speichern', iconProps: { iconName: 'Save' } }]} />
      <Text>Die grundlegende SAML-Konfiguration wird verwendet, um die Anwendung mit Microsoft Entra ID zu konfigurieren.</Text>
      <TextField label="Bezeichner (Entitäts-ID)" required value={identifier} onChange={(_e, v) => setIdentifier(v ?? '')} />
      <TextField
        label="Antwort-URL (Assertionsverbraucherdienst-URL)"
        required
        value={replyUrl}
        onChange={(_e, v) => setReplyUrl(v ?? '')}
      />
      <TextField label="Anmelde-URL" value={signOnUrl} onChange={(_e, v) => setSignOnUrl(v ?? '')} />
      <TextField label="Relayzustand" value={relayState} onChange={(_e, v) => setRelayState(v ?? '')} />
      <TextField label="Abmelde-URL" value={logoutUrl} onChange={(_e, v) => setLogoutUrl(v ?? '')} />
    </Stack>
  );
}

mountFluent(<BasicSamlPane />);
