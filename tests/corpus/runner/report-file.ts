import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusReport } from './run';
import { formatTable } from './table';

/** The corpus' report as files (JSON and the printed table), so a later test or a person can read the last run. */

export const REPORT_JSON = 'corpus-report.json';
export const REPORT_TABLE = 'corpus-table.txt';

export function writeReport(dir: string, report: CorpusReport): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, REPORT_JSON), JSON.stringify(report, null, 2));
  writeFileSync(path.join(dir, REPORT_TABLE), formatTable(report, { notes: true }) + '\n');
}

export function readReport(dir: string): CorpusReport | null {
  const file = path.join(dir, REPORT_JSON);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CorpusReport) : null;
}
