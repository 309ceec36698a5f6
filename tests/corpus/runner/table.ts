import type { CorpusReport, VariantResult } from './run';
import type { FieldOutcome, Outcome } from './score';

/** The corpus' table: per variant its fill rate and each field's outcome, then totals per field and overall. */

const MARK: Record<Outcome, string> = { correct: 'ok', wrong: 'WRONG', 'not-filled': '--', kept: 'kept' };

export interface Totals {
  counted: number;
  correct: number;
  wrong: number;
  notFilled: number;
  /** Fields that were already right: kept, or changed (which counts as wrong). */
  kept: number;
}

export function totalsOf(fields: readonly FieldOutcome[]): Totals {
  const t: Totals = { counted: 0, correct: 0, wrong: 0, notFilled: 0, kept: 0 };
  for (const f of fields) {
    if (f.counted) t.counted += 1;
    if (f.outcome === 'correct') t.correct += 1;
    if (f.outcome === 'wrong') t.wrong += 1;
    if (f.outcome === 'not-filled') t.notFilled += 1;
    if (f.outcome === 'kept') t.kept += 1;
  }
  return t;
}

const pct = (n: number, of: number): string => (of === 0 ? '  -' : `${Math.round((100 * n) / of)}`.padStart(3) + '%');

function variantRow(v: VariantResult, width: number): string {
  const t = totalsOf(v.fields);
  const state = !v.loaded ? 'NOT LOADED ' : !v.judged ? 'NOT JUDGED ' : '';
  const fields = v.fields.map((f) => `${f.field} ${MARK[f.outcome]}`).join('  ');
  return `${v.id.padEnd(width)}  ${v.stack.padEnd(8)}  ${`${t.correct}/${t.counted}`.padStart(5)} ${pct(t.correct, t.counted)}  ${state}${fields}`;
}

export function formatTable(report: CorpusReport, opts: { notes?: boolean } = {}): string {
  const width = Math.max(...report.variants.map((v) => v.id.length), 'variant'.length);
  const all = report.variants.flatMap((v) => v.fields);
  const total = totalsOf(all);
  const lines: string[] = [];
  lines.push(`${'variant'.padEnd(width)}  ${'stack'.padEnd(8)}  ${'filled'.padStart(10)}  fields`);
  for (const v of report.variants) lines.push(variantRow(v, width));
  lines.push('');
  lines.push(
    "Marks: ok = filled correctly; WRONG = a wrong value or another field's (worse than none); -- = not filled; kept = already right before the fill and left so (not counted).",
  );
  lines.push('');

  const byField = new Map<string, FieldOutcome[]>();
  for (const f of all) byField.set(`${f.feature} ${f.field}`, [...(byField.get(`${f.feature} ${f.field}`) ?? []), f]);
  const fw = Math.max(...[...byField.keys()].map((k) => k.length), 'field'.length);
  lines.push(`${'field'.padEnd(fw)}  correct  wrong  not filled  kept  rate`);
  for (const [key, fields] of [...byField.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const t = totalsOf(fields);
    lines.push(
      `${key.padEnd(fw)}  ${String(t.correct).padStart(7)}  ${String(t.wrong).padStart(5)}  ${String(t.notFilled).padStart(10)}  ${String(t.kept).padStart(4)}  ${pct(t.correct, t.counted)}`,
    );
  }
  lines.push('');
  const loaded = report.variants.filter((v) => v.loaded && v.judged).length;
  lines.push(
    `Overall: ${total.correct} of ${total.counted} fields filled correctly (${pct(total.correct, total.counted).trim()}), ${total.wrong} wrong, ${total.notFilled} not filled; ` +
      `${loaded} of ${report.variants.length} variants loaded and judged; ${Math.round(report.ms / 1000)} s.`,
  );
  if (opts.notes) {
    const noted = report.variants.filter((v) => v.notes.length > 0 || v.fields.some((f) => f.outcome === 'wrong'));
    if (noted.length) lines.push('', 'Notes:');
    for (const v of noted) {
      lines.push(`  ${v.id}`);
      for (const f of v.fields.filter((x) => x.outcome === 'wrong')) {
        lines.push(
          `    WRONG ${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.got)}${f.claimed ? ` (the control said ${f.claimed})` : ''}`,
        );
      }
      for (const f of v.fields.filter((x) => x.outcome !== 'correct' && x.claimed === 'filled')) {
        if (f.outcome !== 'wrong') lines.push(`    ${f.field}: the control said filled, but the page would not save it`);
      }
      for (const n of v.notes) lines.push(`    ${n}`);
    }
  }
  return lines.join('\n');
}
