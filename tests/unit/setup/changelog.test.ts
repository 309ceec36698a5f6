import { describe, expect, it } from 'vitest';
import { appendChanges, changelogCsv, changelogJson, changesFromFill } from '@/utils/setup/changelog';
import { MAX_CHANGES } from '@/utils/setup/session';
import { session } from './helpers';

describe('change log', () => {
  const results = [
    {
      field: 'replyUrl',
      label: 'Reply URL',
      status: 'filled' as const,
      before: 'https://wrong',
      after: 'https://bifrost.justcall.io/passport/login/callback',
      expected: 'https://bifrost.justcall.io/passport/login/callback',
    },
    {
      field: 'identifier',
      label: 'Identifier (Entity ID)',
      status: 'already-right' as const,
      before: 'JustCall',
      after: 'JustCall',
      expected: 'JustCall',
    },
    {
      field: 'signOnUrl',
      label: 'Sign on URL',
      status: 'conflict' as const,
      before: 'https://old',
      expected: 'https://app.justcall.io/login',
    },
  ];

  it('records only fields the assistant wrote, with the old and new value', () => {
    const entries = changesFromFill('entra/basic-saml', 'https://entra.microsoft.com/', 'T', results);
    expect(entries).toEqual([
      {
        at: 'T',
        portal: 'entra',
        feature: 'entra/basic-saml',
        field: 'Reply URL',
        old: 'https://wrong',
        new: 'https://bifrost.justcall.io/passport/login/callback',
        url: 'https://entra.microsoft.com/',
      },
    ]);
  });

  it('exports JSON and CSV, quoting commas and defusing formulas', () => {
    const entries = [
      { at: 'T', portal: 'justcall' as const, feature: 'justcall/sso', field: 'Issuer', old: '=cmd()', new: 'a,"b"', url: 'u' },
    ];
    expect(JSON.parse(changelogJson(entries))).toEqual(entries);
    const csv = changelogCsv(entries);
    expect(csv.split('\r\n')[0]).toBe('at,portal,feature,field,old,new,url');
    expect(csv).toContain(`'=cmd()`);
    expect(csv).toContain('"a,""b"""');
  });

  it('caps the log, keeping the newest', () => {
    const s = session();
    const many = Array.from({ length: MAX_CHANGES + 5 }, (_, i) => ({
      at: String(i),
      portal: 'entra' as const,
      feature: 'f',
      field: 'x',
      old: '',
      new: '',
      url: '',
    }));
    appendChanges(s, many);
    expect(s.changelog).toHaveLength(MAX_CHANGES);
    expect(s.changelog.at(-1)?.at).toBe(String(MAX_CHANGES + 4));
  });
});
