/** @jsxImportSource react */
import { ActionButton, ChoiceGroup, ComboBox, CommandBar, Stack, TextField } from '@fluentui/react';
import { useState, type ReactElement } from 'react';
import { mountFluent, useJudge } from '@/tests/corpus/pages/kit/fluent';

/**
 * The Manage claim pane as a Fluent view, opened by "Add new claim"
 * (evidence 5, 7): Name, Namespace (empty for a new claim), Source as a
 * ChoiceGroup with Attribute chosen, and Source attribute as a ComboBox with
 * allowFreeform (a constant can be typed) whose options open from its chevron
 * into a Layer at the end of body.
 */

const ATTRIBUTES = [
  'user.mail',
  'user.userprincipalname',
  'user.givenname',
  'user.surname',
  'user.displayname',
  'user.employeeid',
  'user.mailnickname',
  'user.objectid',
  'user.onpremisessamaccountname',
];

function ManageClaim(): ReactElement {
  const [name, setName] = useState('');
  const [namespace, setNamespace] = useState('');
  const [source, setSource] = useState('Attribute');
  const [sourceAttribute, setSourceAttribute] = useState('');
  useJudge(() => ({ name, namespace, source, sourceAttribute }));
  return (
    <Stack tokens={{ childrenGap: 14 }} styles={{ root: { padding: 16, maxWidth: 640 } }}>
      <CommandBar
        items={[
          { key: 'save', text: 'Save', iconProps: { iconName: 'Save' } },
          { key: 'discard', text: 'Discard changes', iconProps: { iconName: 'Cancel' } },
          { key: 'feedback', text: 'Got feedback?', iconProps: { iconName: 'Feedback' } },
        ]}
      />
      <TextField label="Name" required value={name} onChange={(_e, v) => setName(v ?? '')} />
      <TextField label="Namespace" value={namespace} onChange={(_e, v) => setNamespace(v ?? '')} />
      <ActionButton iconProps={{ iconName: 'ChevronDown' }}>Choose name format</ActionButton>
      <ChoiceGroup
        label="Source"
        required
        selectedKey={source}
        options={[
          { key: 'Attribute', text: 'Attribute' },
          { key: 'Transformation', text: 'Transformation' },
          { key: 'Directory schema extension', text: 'Directory schema extension', disabled: true },
        ]}
        onChange={(_e, o) => o && setSource(String(o.key))}
      />
      <ComboBox
        label="Source attribute"
        required
        allowFreeform
        autoComplete="on"
        placeholder="Select from drop down"
        selectedKey={ATTRIBUTES.includes(sourceAttribute) ? sourceAttribute : null}
        text={sourceAttribute}
        options={ATTRIBUTES.map((a) => ({ key: a, text: a }))}
        onChange={(_e, option, _i, value) => setSourceAttribute(option ? String(option.key) : (value ?? ''))}
      />
      <ActionButton iconProps={{ iconName: 'ChevronDown' }}>Claim conditions</ActionButton>
    </Stack>
  );
}

mountFluent(<ManageClaim />);
