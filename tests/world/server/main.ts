/**
 * `tsx tests/world/server/main.ts [--port N] [--scenario NAME[,NAME]]... [--portal-ui STACK] [...]`
 * Starts the simulated world and prints its port and the host mapping for
 * Chromium (--host-resolver-rules); stops on Ctrl+C / SIGTERM.
 */
import { describeScenarios, isScenarioName, SCENARIO_NAMES } from './scenarios';
import { startWorld } from './server';
import { TEST_USER_PASSWORD } from './store';
import {
  BASIC_SAML_VARIANTS,
  JUSTCALL_LAYOUTS,
  PORTAL_LANGS,
  PORTAL_UIS,
  PROVISIONING_UIS,
  resolveUiOptions,
  type WorldUiOptions,
} from './ui-options';

const USAGE = `Usage: tsx tests/world/server/main.ts [--port N] [--scenario NAME[,NAME...]]... [UI options]
Scenarios: ${SCENARIO_NAMES.join(', ')}
UI options:
  --portal-ui ${PORTAL_UIS.join('|')}   how the Entra blades are drawn (default classic)
  --lang ${PORTAL_LANGS.join('|')}                   the Entra portal's language (default en)
  --load-delay MS                   how long each Entra view takes to draw (default 3000)
  --provisioning-ui ${PROVISIONING_UIS.join('|')}     the Provisioning blade's layout (default classic)
  --basic-saml ${BASIC_SAML_VARIANTS.join('|')}  the Basic SAML Configuration pane (default non-gallery)
  --justcall-layout ${JUSTCALL_LAYOUTS.join('|')}
  --seed N                          picks each React view's host`;

const UI_FLAGS: Record<string, keyof WorldUiOptions> = {
  '--portal-ui': 'portalUi',
  '--lang': 'portalLang',
  '--load-delay': 'loadDelayMs',
  '--provisioning-ui': 'provisioningUi',
  '--basic-saml': 'basicSaml',
  '--justcall-layout': 'justcallLayout',
  '--seed': 'seed',
};
const NUMERIC: (keyof WorldUiOptions)[] = ['loadDelayMs', 'seed'];

function parseArgs(argv: string[]): { port: number; scenarios: string[]; ui: Partial<WorldUiOptions> } | string {
  let port = 0;
  const scenarios: string[] = [];
  const ui: Record<string, unknown> = {};
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
    } else if (flag in UI_FLAGS) {
      const key = UI_FLAGS[flag];
      const raw = value() ?? '';
      if (key) ui[key] = NUMERIC.includes(key) ? Number(raw) : raw;
    } else {
      return `Unknown argument: ${arg}\n${USAGE}`;
    }
  }
  try {
    return { port, scenarios, ui: resolveUiOptions(ui) };
  } catch (e) {
    return `${e instanceof Error ? e.message : String(e)}\n${USAGE}`;
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.log(args);
    process.exit(args === USAGE ? 0 : 2);
  }
  const world = await startWorld({ port: args.port, ui: args.ui });
  for (const s of args.scenarios) await world.applyScenario(s);
  console.log(`World listening on port ${world.port}`);
  console.log(`--host-resolver-rules="${world.hostResolverRules}"`);
  console.log(`Test users' password: ${TEST_USER_PASSWORD}`);
  console.log(`Portal UI: ${JSON.stringify(world.runtime.ui)}`);
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
