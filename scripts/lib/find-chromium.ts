import { existsSync } from 'node:fs';

/**
 * Where to find a Chromium that honours --load-extension. Branded Google
 * Chrome 137+ ignores that flag, so it is deliberately not on the list.
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/opt/google/chrome-for-testing/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
];

export class ChromiumNotFound extends Error {}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new ChromiumNotFound(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new ChromiumNotFound(
    'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium), ' +
      'or download Chrome for Testing, and set CHROMIUM_PATH to its executable. ' +
      'Branded Google Chrome 137 and later cannot load unpacked extensions from the command line.',
  );
}
