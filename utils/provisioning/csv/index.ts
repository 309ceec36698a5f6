import { LIMITS } from '@/utils/provisioning/limits';
import type { TextBudget } from '@/utils/provisioning/model/values';
import type { ProvisioningEvent, ReadProblem } from '@/utils/provisioning/types';
import { classifyCsv } from './classify';
import { eventsFromCsv, type CsvFile } from './join';
import { parseCsv } from './parse';

export { classifyCsv, type CsvFileKind } from './classify';
export { parseCsv, type CsvTable } from './parse';
export { foldHeader } from './headers';

export interface CsvText {
  name: string | null;
  text: string;
  /** Where the content starts (after a byte-order mark). */
  start: number;
}

/** Whether a text's first line reads like a CSV header of a provisioning download. */
export function looksLikeCsv(text: string, start: number, name: string | null): boolean {
  if (name && /\.csv$/i.test(name)) return true;
  const end = text.indexOf('\n', start);
  const first = text.slice(start, end < 0 ? Math.min(text.length, start + 10_000) : Math.min(end, start + 10_000));
  return /[,;\t]/.test(first) && /change\s*_?id|status|action|provisioning/i.test(first);
}

/** Reads one or more CSV files of one download and joins them into events. */
export function readCsvTexts(inputs: readonly CsvText[], budget: TextBudget): { events: ProvisioningEvent[]; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const files: CsvFile[] = [];
  for (const input of inputs) {
    const parsed = parseCsv(input.text, input.start, LIMITS.maxCsvRows);
    if (!parsed.ok) {
      problems.push({ file: input.name, severity: 'error', message: `The CSV cannot be read: ${parsed.message}.` });
      continue;
    }
    const kind = classifyCsv(parsed.table.header, input.name);
    if (kind === 'unknown') {
      const shown = parsed.table.header.slice(0, 12).map((h) => h.slice(0, 40));
      problems.push({
        file: input.name,
        severity: 'error',
        message: `The CSV's columns (${shown.join(', ')}${parsed.table.header.length > 12 ? ', …' : ''}) are not those of a provisioning log download: no change ID, action, status or error code column was found.`,
      });
      continue;
    }
    files.push({ name: input.name, table: parsed.table, kind });
  }
  if (files.length === 0) return { events: [], problems };
  const joined = eventsFromCsv(files, budget);
  return { events: joined.events, problems: [...problems, ...joined.problems] };
}
