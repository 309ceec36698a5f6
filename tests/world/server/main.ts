/**
 * `tsx tests/world/server/main.ts [--port N] [--scenario NAME[,NAME]]...`
 * Starts the simulated world and prints its port and the host mapping for
 * Chromium (--host-resolver-rules); stops on Ctrl+C / SIGTERM.
 */
import { describeScenarios, isScenarioName, SCENARIO_NAMES } from './scenarios';
import { startWorld } from './server';
import { TEST_USER_PASSWORD } from './store';

const USAGE = `Usage: tsx tests/world/server/main.ts [--port N] [--scenario NAME[,NAME...]]...
Scenarios: ${SCENARIO_NAMES.join(', ')}`;

function parseArgs(argv: string[]): { port: number; scenarios: string[] } | string {
  let port = 0;
  const scenarios: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') return USAGE;
    if (flag === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) return `--port needs a number 0-65535\n${USAGE}`;
      port = n;
    } else if (flag === '--scenario') {
      const names = (value() ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = names.filter((n) => !isScenarioName(n));
      if (names.length === 0 || bad.length) return `Unknown scenario: ${bad.join(', ') || '(none)'}\n${USAGE}`;
      scenarios.push(...names);
    } else {
      return `Unknown argument: ${arg}\n${USAGE}`;
    }
  }
  return { port, scenarios };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.log(args);
    process.exit(args === USAGE ? 0 : 2);
  }
  const world = await startWorld({ port: args.port });
  for (const s of args.scenarios) await world.applyScenario(s);
  console.log(`World listening on port ${world.port}`);
  console.log(`--host-resolver-rules="${world.hostResolverRules}"`);
  console.log(`Test users' password: ${TEST_USER_PASSWORD}`);
  if (args.scenarios.length) {
    const info = describeScenarios().filter((d) => args.scenarios.includes(d.name));
    for (const d of info) console.log(`Scenario ${d.name}: ${d.description} (sign in as ${d.signInAs})`);
  }
  const stop = (): void => {
    void world.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`World failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
