import { describe, expect, it } from 'vitest';
import { describeChosen, parseStartArgs, startUsage } from '@/scripts/lib/start-args';
import { describeScenarios } from '@/tests/world/server/scenarios';

describe('npm start options (issue 13, point 13)', () => {
  const scenarios = describeScenarios();
  const names = scenarios.map((s) => s.name);

  it('--help names every scenario the world knows', () => {
    expect(parseStartArgs(['--help'], names)).toEqual({ kind: 'help' });
    const usage = startUsage(scenarios);
    for (const s of scenarios) expect(usage).toContain(`${s.name} `);
  });

  it('a scenario is checked before anything is built, and said with whom to sign in as', () => {
    expect(parseStartArgs(['--scenario', 'nope'], names)).toEqual({ kind: 'error', message: 'Unknown scenario "nope".' });
    expect(parseStartArgs(['--scenario', 'wrong-reply-url'], names)).toMatchObject({ kind: 'run', scenarios: ['wrong-reply-url'] });
    const lines = describeChosen(['wrong-reply-url'], scenarios);
    expect(lines[0]).toMatch(/^Scenario wrong-reply-url: .*AADSTS50011/);
    expect(lines[1]).toMatch(/Sign in to test it as adele\.vance@/);
  });
});
