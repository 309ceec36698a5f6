import { describe, expect, it } from 'vitest';
import { RULES, runRules } from '@/utils/provisioning/checks';
import { failure, inputOf } from '@/tests/unit/provisioning/support';

describe('the rule registry', () => {
  it('has one rule per file name, each named once', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each event to exactly one rule, so counts never add up twice', () => {
    const events = [
      failure('ContosoEntryConflict', 'HTTP status code 409 "scimType":"uniqueness"'),
      failure('TooManyRequests', 'HTTP status code 429'),
      failure(null, null),
    ];
    const results = runRules(inputOf(events));
    const all = results.flatMap((r) => r.events);
    expect(all.sort()).toEqual([0, 1, 2]);
  });

  it('turns a rule that throws into one finding and runs the others', () => {
    const broken = {
      name: 'broken',
      claims: () => true,
      run: () => {
        throw new Error('boom');
      },
    };
    const results = runRules(inputOf([failure('X', null)]), [broken, ...RULES]);
    expect(results.map((r) => r.finding.id)).toEqual(['check-failed.broken']);
    expect(results[0]?.finding.detail).toBe('boom');
  });
});
