/** @jsxImportSource react */
import { Checkbox, IconButton, Label, Link, Stack, Text, TextField } from '@fluentui/react';
import type { ReactElement } from 'react';
import { useDomId } from '@/tests/corpus/pages/kit/fluent';

/**
 * A list of URL rows (Identifier, Reply URL) in a Fluent Basic SAML pane: a
 * required Label heading the list (not tied to any input), one TextField per
 * row with a Default checkbox and Delete, and an "Add …" Link under them.
 */

export interface UrlRow {
  value: string;
  isDefault: boolean;
}

export interface UrlRowsProps {
  heading: string;
  help: string;
  add: string;
  rows: UrlRow[];
  onChange: (rows: UrlRow[]) => void;
  /** How each row's input is named: by aria-labelledby the heading, or its own aria-label. */
  naming: 'labelledby-heading' | { ariaLabel: string };
  placeholder?: string;
}

export function UrlRows(p: UrlRowsProps): ReactElement {
  const headingId = useDomId('rows');
  const set = (i: number, patch: Partial<UrlRow>) => p.onChange(p.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Label id={headingId} required>
        {p.heading}
      </Label>
      <Text variant="small">{p.help}</Text>
      {p.rows.map((row, i) => (
        <Stack horizontal key={i} tokens={{ childrenGap: 8 }} verticalAlign="center">
          <Stack.Item grow>
            <TextField
              value={row.value}
              placeholder={p.placeholder}
              onChange={(_e, v) => set(i, { value: v ?? '' })}
              {...(p.naming === 'labelledby-heading' ? { 'aria-labelledby': headingId } : { ariaLabel: p.naming.ariaLabel })}
            />
          </Stack.Item>
          <Checkbox label="Default" checked={row.isDefault} onChange={(_e, c) => set(i, { isDefault: !!c })} />
          <IconButton iconProps={{ iconName: 'Delete' }} ariaLabel="Delete" onClick={() => p.onChange(p.rows.filter((_r, j) => j !== i))} />
        </Stack>
      ))}
      <Link onClick={() => p.onChange([...p.rows, { value: '', isDefault: p.rows.length === 0 }])}>{p.add}</Link>
    </Stack>
  );
}
