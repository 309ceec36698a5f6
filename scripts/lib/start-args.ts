export interface ScenarioInfo {
  name: string;
  description: string;
  signInAs: string;
}

/** The usage text, with every scenario the world knows, so `--help` names them. */
export function startUsage(scenarios: readonly ScenarioInfo[]): string {
  const width = Math.max(0, ...scenarios.map((s) => s.name.length));
  return [
    'Usage: npm start [-- [--scenario NAME]... [--port N] [--headless] [--page URL]]',
    '  --scenario NAME  seed the world with a named scenario (below); repeatable, applied in order',
    '  --port N         port of the simulated world (default: any free port)',
    '  --headless       no window (for checking the demo starts on a machine without a display)',
    "  --page URL       first page to open (default: JustCall's Single Sign-On settings)",
    '',
    'Scenarios:',
    ...scenarios.map((s) => `  ${s.name.padEnd(width)}  ${s.description}`),
  ].join('\n');
}

/** What `npm start -- --scenario X` says before the browser opens: what X is, and whom to sign in as. */
export function describeChosen(chosen: readonly string[], scenarios: readonly ScenarioInfo[]): string[] {
  return chosen.flatMap((name) => {
    const s = scenarios.find((x) => x.name === name);
    return s ? [`Scenario ${s.name}: ${s.description}`, `  Sign in to test it as ${s.signInAs}.`] : [];
  });
}

export const DEFAULT_FIRST_PAGE = 'https://app.justcall.io/app/settings/security/sso';

export type StartArgs =
  | { kind: 'run'; port: number; scenarios: string[]; headless: boolean; firstPage: string }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export function parseStartArgs(argv: string[], known: readonly string[] = []): StartArgs {
  const out = { kind: 'run' as const, port: 0, scenarios: [] as string[], headless: false, firstPage: DEFAULT_FIRST_PAGE };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    try {
      switch (arg) {
        case '-h':
        case '--help':
          return { kind: 'help' };
        case '--port': {
          const n = Number(next());
          if (!Number.isInteger(n) || n < 0 || n > 65535) return { kind: 'error', message: '--port must be 0–65535' };
          out.port = n;
          break;
        }
        case '--scenario': {
          const name = next();
          // Said before anything is built, not after a minute of building.
          if (known.length > 0 && !known.includes(name)) return { kind: 'error', message: `Unknown scenario "${name}".` };
          out.scenarios.push(name);
          break;
        }
        case '--headless':
          out.headless = true;
          break;
        case '--page':
          out.firstPage = next();
          break;
        default:
          return { kind: 'error', message: `Unknown option ${arg}` };
      }
    } catch (e) {
      return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
    }
  }
  return out;
}
