import { looksLikeCsv, readCsvTexts, type CsvText } from '@/utils/provisioning/csv';
import type { TextBudget } from '@/utils/provisioning/model/values';
import type { InputKind, ProvisioningInput, ReadProblem } from '@/utils/provisioning/types';
import { readJsonText } from './json-input';
import { contentStart } from './text';

/**
 * The one way in: any supported export, detected from its content (the file
 * name helps only for CSV parts). Never throws; whatever cannot be read
 * comes back as a ReadProblem that says what and where, without quoting data.
 */

export interface InputFile {
  name: string | null;
  text: string;
}

function empty(problems: ReadProblem[]): ProvisioningInput {
  return { kind: 'unknown', events: [], jobs: [], problems };
}

function internal(file: string | null, err: unknown): ReadProblem {
  return {
    file,
    severity: 'error',
    message: `The file could not be read because of an internal error (${err instanceof Error ? err.name : 'unknown'}). Please report it with the redacted export.`,
  };
}

type Sniffed = { as: 'json'; start: number } | { as: 'csv'; start: number } | { as: 'none'; problem: ReadProblem };

function sniff(file: InputFile): Sniffed {
  if (typeof file.text !== 'string')
    return { as: 'none', problem: { file: file.name, severity: 'error', message: 'Nothing to read: the input is not text.' } };
  const start = contentStart(file.text);
  let i = start;
  while (i < file.text.length && /\s/.test(file.text.charAt(i))) i++;
  if (i >= file.text.length) return { as: 'none', problem: { file: file.name, severity: 'error', message: 'The file is empty.' } };
  const c = file.text.charAt(i);
  if (c === '{' || c === '[') return { as: 'json', start: i };
  if (looksLikeCsv(file.text, start, file.name)) return { as: 'csv', start };
  return {
    as: 'none',
    problem: {
      file: file.name,
      severity: 'error',
      message:
        'This is neither JSON nor a CSV provisioning download. Use Entra ID > Enterprise apps > JustCall > Provisioning logs > Download (JSON or CSV), a Graph /auditLogs/provisioning result, a Provision on demand result or the provisioning job from Graph.',
    },
  };
}

function combinedKind(kinds: InputKind[]): InputKind {
  const distinct = [...new Set(kinds.filter((k) => k !== 'unknown'))];
  if (distinct.length === 0) return 'unknown';
  return distinct.length === 1 ? (distinct[0] as InputKind) : 'mixed';
}

/** Reads several files given together (e.g. the three CSV files of one download, or a log and the job). */
export function readProvisioningInputs(files: readonly InputFile[]): ProvisioningInput {
  const problems: ReadProblem[] = [];
  const out: ProvisioningInput = { kind: 'unknown', events: [], jobs: [], problems };
  const kinds: InputKind[] = [];
  const csv: CsvText[] = [];
  for (const file of files) {
    try {
      const s = sniff(file);
      if (s.as === 'none') problems.push(s.problem);
      else if (s.as === 'csv') csv.push({ name: file.name, text: file.text, start: s.start });
      else {
        const budget: TextBudget = { truncated: 0 };
        const read = readJsonText(file.text, s.start, file.name, budget);
        // A loop, not push(...spread): a 100,000-event spread can overflow the stack.
        for (const e of read.events) out.events.push(e);
        out.jobs.push(...read.jobs);
        problems.push(...read.problems);
        kinds.push(read.kind);
      }
    } catch (err) {
      problems.push(internal(file.name, err));
    }
  }
  if (csv.length > 0) {
    try {
      const budget: TextBudget = { truncated: 0 };
      const read = readCsvTexts(csv, budget);
      for (const e of read.events) out.events.push(e);
      problems.push(...read.problems);
      if (budget.truncated > 0)
        problems.push({ file: null, severity: 'info', message: `${budget.truncated} overlong text field(s) were shortened.` });
      if (read.events.length > 0) kinds.push('download-csv');
    } catch (err) {
      problems.push(internal(csv[0]?.name ?? null, err));
    }
  }
  out.kind = combinedKind(kinds);
  return out;
}

/** Reads one export. `fileName` helps only to tell the CSV download's three files apart. */
export function readProvisioningInput(text: string, fileName: string | null = null): ProvisioningInput {
  try {
    return readProvisioningInputs([{ name: fileName, text }]);
  } catch (err) {
    return empty([internal(fileName, err)]);
  }
}
