import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReport, writeReport } from '@/tests/corpus/runner/report-file';
import { runCorpus } from '@/tests/corpus/runner/run';
import { checkJudges } from '@/tests/corpus/runner/self-check';
import { formatTable } from '@/tests/corpus/runner/table';
import { VARIANTS } from '@/tests/corpus/variants';
import { describeVariants } from '@/tests/corpus/variants/describe';

/**
 * The DOM variant corpus (tests/corpus/README.md) against the built
 * extension: pages drawn from the evidence of how the real portals are made,
 * each judged by what its framework would save. These tests do not use the
 * simulated world; the corpus has its own server and browser.
 */

test("the corpus README's variant table is the variants' own (npm run corpus -- --list)", () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../corpus/README.md'), 'utf8');
  const listed = /<!-- corpus:list -->\n([\s\S]*?)\n<!-- \/corpus:list -->/.exec(readme)?.[1];
  expect(listed, 'README.md holds the table between its corpus:list markers').toBe(describeVariants(VARIANTS));
});

test('the corpus judges see what the admin types, never a value written without events', async () => {
  test.setTimeout(180_000);
  const checks = await checkJudges(VARIANTS);
  expect(checks.filter((c) => c.inputs > 0).length, 'variants whose judges could be typed into').toBeGreaterThanOrEqual(15);
  for (const c of checks) {
    expect.soft(c.leaked, `${c.id}: values written into the DOM without events reach the judge`).toEqual([]);
    if (c.inputs > 0) expect.soft(c.typedSeen, `${c.id}: the judge reports what the admin typed`).toBeGreaterThan(0);
  }
});

test('the corpus: every variant loads and is judged, and no field is filled wrong', async () => {
  const testInfo = test.info();
  test.setTimeout(600_000);
  expect(VARIANTS.length, 'variants in the corpus').toBeGreaterThanOrEqual(20);
  const report = await runCorpus({ variants: VARIANTS });
  writeReport(testInfo.project.outputDir, report);
  const table = formatTable(report, { notes: true });
  await testInfo.attach('corpus-table', { body: table, contentType: 'text/plain' });
  console.log(table);

  expect(report.variants.map((v) => v.id)).toEqual(VARIANTS.map((v) => v.id));
  for (const v of report.variants) {
    expect.soft(v.loaded, `${v.id} drew its form`).toBe(true);
    expect.soft(v.judged, `${v.id} was judged`).toBe(true);
    expect.soft(v.fields.length, `${v.id} judged every field`).toBe(VARIANTS.find((x) => x.id === v.id)?.fields.length);
  }
  const wrong = report.variants.flatMap((v) =>
    v.fields
      .filter((f) => f.outcome === 'wrong')
      .map((f) => `${v.id} ${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.got)}`),
  );
  expect(wrong, 'fields filled WRONG (worse than not filled)').toEqual([]);
});

/**
 * Every counted field of every variant filled correctly, the German and
 * Japanese panes included (their labels come from the page language's label
 * pack). It reads the report the test above wrote in this run (or runs the
 * corpus when run alone).
 */
test('the corpus fills 100 % of the fields', async () => {
  test.setTimeout(600_000);
  const dir = test.info().project.outputDir;
  const report = readReport(dir) ?? (await runCorpus({ variants: VARIANTS }));
  const missed = report.variants.flatMap((v) =>
    v.fields
      .filter((f) => f.counted && f.outcome !== 'correct')
      .map((f) => `${v.id} ${f.field}: ${f.outcome}${f.claimed ? ` (the control said ${f.claimed})` : ''}`),
  );
  const counted = report.variants.flatMap((v) => v.fields.filter((f) => f.counted)).length;
  expect(missed, `${counted - missed.length} of ${counted} fields filled correctly`).toEqual([]);
});
