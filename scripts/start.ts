/**
 * `npm start`: the demo. Reads its options first (so `--help` and a wrong
 * scenario answer at once), builds the extension and the world's pages,
 * starts the simulated world (both portals and Entra's sign-in service on
 * their real host names) and opens Chromium with the extension loaded, on the
 * first page of the setup.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWorld } from '@/tests/world/server/server';
import { describeScenarios } from '@/tests/world/server/scenarios';
import { JUSTCALL_OWNER, TEST_USER_PASSWORD } from '@/tests/world/server/store';
import { ChromiumNotFound, findChromium } from './lib/find-chromium';
import { extensionLaunchArgs } from './lib/launch-args';
import { describeChosen, parseStartArgs, startUsage } from './lib/start-args';

const EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/chrome-mv3');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function build(): void {
  for (const script of ['build', 'world:build']) {
    const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
    if (run.status !== 0) fail(`\`npm run ${script}\` failed; see above.`);
  }
}

async function main(): Promise<void> {
  const scenarios = describeScenarios();
  const args = parseStartArgs(
    process.argv.slice(2),
    scenarios.map((s) => s.name),
  );
  if (args.kind === 'help') {
    console.log(startUsage(scenarios));
    return;
  }
  if (args.kind === 'error') fail(`${args.message}\n${startUsage(scenarios)}`);
  build();
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    fail('The extension is not built. Run `npm run build` first (`npm start` does).');
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (e) {
    if (e instanceof ChromiumNotFound) fail(e.message);
    throw e;
  }
  if (!args.headless && !hasDisplay()) {
    fail(
      'No display found, so Chromium cannot open a window.\n' +
        'Run the demo under a virtual display:  xvfb-run -a npm start\n' +
        '(install it with: sudo apt-get install -y xvfb), or run it on a desktop session.',
    );
  }

  const world = await startWorld({ port: args.port });
  for (const scenario of args.scenarios) await world.applyScenario(scenario);
  console.log(`Simulated world on ${world.origin}`);
  console.log(`Host mapping: ${world.hostResolverRules}`);

  const profile = mkdtempSync(path.join(tmpdir(), 'entra-sso-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: args.headless,
    executablePath,
    viewport: null,
    // --test-type: no "unsupported command-line flag" bar for --host-resolver-rules and friends, which the demo needs.
    args: extensionLaunchArgs(EXTENSION_DIR, world.hostResolverRules, ['--start-maximized', '--test-type']),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(args.firstPage);
  console.log(`Chromium is open on ${args.firstPage}. Close the browser window (or press Ctrl+C) to stop.`);
  for (const line of describeChosen(args.scenarios, scenarios)) console.log(line);
  console.log(`JustCall owner: ${JUSTCALL_OWNER.email} / ${JUSTCALL_OWNER.password} (also an Entra user, to assign)`);
  console.log(`Entra test users (e.g. adele.vance@contoso.onmicrosoft.com): password ${TEST_USER_PASSWORD}`);
  console.log(
    'Open the setup wizard: the puzzle-piece (Extensions) button right of the address bar → "Entra SSO Assistant" (pin it there to keep it in the toolbar).',
  );

  const stop = async () => {
    await context.close().catch(() => undefined);
    await world.close();
    process.exit(0);
  };
  context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: unknown) => fail(`npm start failed: ${e instanceof Error ? e.message : String(e)}`));
