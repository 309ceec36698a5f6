import { existsSync } from 'node:fs';
import path from 'node:path';
import { ChromiumNotFound, findChromium } from '@/scripts/lib/find-chromium';

/** Fail before any test with one clear line when the browser or the builds are missing. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, '../../..');
  try {
    findChromium();
  } catch (e) {
    if (!(e instanceof ChromiumNotFound)) throw e;
    console.error(`\n${e.message}\n`);
    process.exit(1);
  }
  const ext = path.join(root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3', 'manifest.json');
  if (!existsSync(ext)) {
    console.error(
      `\nThe extension is not built (${ext} is missing). Run \`npm run build\`, or use \`npm run test:e2e\`, which builds first.\n`,
    );
    process.exit(1);
  }
  if (!existsSync(path.join(root, 'tests/world/.build/entra-shell.js'))) {
    console.error('\nThe simulated world is not built. Run `npm run world:build`, or use `npm run test:e2e`.\n');
    process.exit(1);
  }
}
