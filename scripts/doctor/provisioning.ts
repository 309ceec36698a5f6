import { basename } from 'node:path';
import { fileHead } from '@/scripts/lib/file-source';
import {
  DETECT_HEAD_CHARS,
  analyseProvisioningFiles,
  buildProvisioningExport,
  looksLikeProvisioning,
  provisioningExitCode,
  renderProvisioningReport,
  type InputKind,
  type ProvisioningAnalysis,
} from '@/utils/provisioning';
import { readText } from './context';
import { findingText } from './output';

/**
 * The provisioning side of `doctor`: files that are provisioning exports
 * (detected from their first kilobytes) are analysed together, so the CSV
 * download's three files join, and printed in the same three forms and with
 * the same exit codes as SAML.
 */

const KIND_NAMES: Record<InputKind, string> = {
  graph: 'Graph provisioning logs (/auditLogs/provisioning)',
  'download-json': 'Provisioning logs download (JSON)',
  'download-csv': 'Provisioning logs download (CSV)',
  'on-demand': 'Provision on demand result',
  job: 'provisioning job status',
  'azure-monitor': 'AADProvisioningLogs (Log Analytics)',
  mixed: 'provisioning exports of several kinds',
  unknown: 'not a provisioning export',
};

export function provisioningKindName(kind: InputKind): string {
  return KIND_NAMES[kind];
}

/** Whether FILE is a provisioning export rather than a SAML capture; unreadable files are left to the SAML reader's message. */
export async function isProvisioningFile(file: string): Promise<boolean> {
  let head: Uint8Array;
  try {
    head = await fileHead(file, DETECT_HEAD_CHARS);
  } catch {
    return false;
  }
  return looksLikeProvisioning(new TextDecoder().decode(head), basename(file));
}

// The admin center's download holds at most 100,000 records; 512 MB leaves room for steps and properties.
const MAX_BYTES = 512 * 1024 * 1024;

export interface ProvisioningRun {
  analysis: ProvisioningAnalysis;
  exitCode: 0 | 1 | 2;
}

export async function analyseProvisioningPaths(files: readonly string[], now: string | undefined): Promise<ProvisioningRun> {
  const inputs = [];
  for (const file of files) inputs.push({ name: basename(file), text: await readText(file, MAX_BYTES) });
  const analysis = analyseProvisioningFiles(inputs, now ? { now } : {});
  return { analysis, exitCode: provisioningExitCode(analysis) };
}

/** Plain text for a terminal, in the SAML output's layout. */
export function provisioningText(a: ProvisioningAnalysis, files: readonly string[]): string {
  const out = [`${files.join(', ')}: ${provisioningKindName(a.kind)}, ${a.events.length} event(s)${a.job ? ', 1 job' : ''}`];
  for (const p of a.problems) out.push(`${p.severity === 'error' ? 'error' : 'note'}: ${p.file ? `${p.file}: ` : ''}${p.message}`);
  out.push('', a.summary.headline);
  if (a.findings.length === 0) out.push('   no findings');
  for (const f of a.findings) out.push(`   ${findingText(f).replace(/\n/g, '\n   ')}`);
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  const warnings = a.findings.filter((f) => f.severity === 'warning').length;
  out.push('', `${a.events.length} provisioning event(s): ${errors} error(s), ${warnings} warning(s).`);
  return out.join('\n');
}

/** The --json document: the redacted export (no user names, e-mails, UPNs or object ids) with the files read. */
export function provisioningJson(a: ProvisioningAnalysis, files: readonly string[], generatedAt: string): unknown {
  return { files, ...buildProvisioningExport(a, { redact: true, generatedAt }) };
}

export function provisioningMarkdown(a: ProvisioningAnalysis, generatedAt: string): string {
  return renderProvisioningReport(a, { redact: true, generatedAt });
}
