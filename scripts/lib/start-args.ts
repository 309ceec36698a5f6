export const START_USAGE = `Usage: npm start [-- [--scenario NAME]... [--port N] [--headless] [--page URL]]
  --scenario NAME  seed the world with a named scenario (e.g. configured, wrong-reply-url)
  --port N         port of the simulated world (default: any free port)
  --headless       no window (for checking the demo starts on a machine without a display)
  --page URL       first page to open (default: JustCall's Single Sign-On settings)`;

export const DEFAULT_FIRST_PAGE = 'https://app.justcall.io/app/settings/security/sso';

export type StartArgs =
  | { kind: 'run'; port: number; scenarios: string[]; headless: boolean; firstPage: string }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export function parseStartArgs(argv: string[]): StartArgs {
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
        case '--scenario':
          out.scenarios.push(next());
          break;
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
