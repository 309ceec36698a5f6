import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCorpus } from '@/tests/corpus/runner/run';
import { formatTable } from '@/tests/corpus/runner/table';
import { VARIANTS } from '@/tests/corpus/variants';
import { describeVariants } from '@/tests/corpus/variants/describe';

/**
 * `npm run corpus [-- [--json FILE] [--screenshots DIR] [--quiet] [--list] [VARIANT-ID...]]`: runs the DOM
 * variant corpus (tests/corpus) against the built extension in Chromium and
 * prints the fill rate per variant and per field. Needs `npm run build`, not
 * the simulated world.
 */

const args = process.argv.slice(2);
let json: string | null = null;
let quiet = false;
let screenshots: string | undefined;
const ids: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] ?? '';
  if (a === '--json') json = args[++i] ?? null;
  else if (a === '--quiet') quiet = true;
  else if (a === '--screenshots') screenshots = args[++i];
  else if (a === '--list') {
    console.log(describeVariants(VARIANTS));
    process.exit(0);
  } else if (a === '--help' || a === '-h') {
    console.log(
      'usage: npm run corpus -- [--json FILE] [--screenshots DIR] [--quiet] [--list] [VARIANT-ID...]\nvariants:\n  ' +
        VARIANTS.map((v) => v.id).join('\n  '),
    );
    process.exit(0);
  } else ids.push(a);
}
const unknown = ids.filter((id) => !VARIANTS.some((v) => v.id === id));
if (unknown.length) {
  console.error(`No such variant: ${unknown.join(', ')} (npm run corpus -- --help lists them)`);
  process.exit(2);
}
const variants = ids.length ? VARIANTS.filter((v) => ids.includes(v.id)) : VARIANTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });
const report = await runCorpus({
  variants,
  ...(screenshots ? { screenshots } : {}),
  onVariant: quiet ? undefined : (r) => console.error(`  ${r.id} (${Math.round(r.ms / 100) / 10} s)`),
});
console.log(formatTable(report, { notes: !quiet }));
if (json) {
  mkdirSync(path.dirname(path.resolve(json)), { recursive: true });
  writeFileSync(json, JSON.stringify(report, null, 2));
}
