/**
 * `npm run --silent doctor -- [options] FILE...`: the login doctor on the
 * command line. Exit 0 = no errors found, 1 = errors found (or a verdict only
 * an imported trace file claims), 2 = usage error
 * or unreadable file (one line on stderr, no stack trace).
 */
import { analyseTrace, restsOnClaim } from '@/utils/saml/analyse';
import type { CapturedItem } from '@/utils/saml/har/captured';
import { renderTraceReport } from '@/utils/saml/report/markdown';
import { USAGE, UsageError, parseArgs } from './doctor/args';
import { UnreadableError, contextFromArgs } from './doctor/context';
import { formatName, readInputFile } from './doctor/inputs';
import { toJson, toText, type EntrySource } from './doctor/output';
import {
  analyseProvisioningPaths,
  isProvisioningFile,
  provisioningJson,
  provisioningMarkdown,
  provisioningText,
} from './doctor/provisioning';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const ctx = await contextFromArgs(args);
  // Provisioning exports and SAML captures may be given together; each goes to its own doctor.
  const provisioningFiles: string[] = [];
  const samlFiles: string[] = [];
  for (const file of args.files) ((await isProvisioningFile(file)) ? provisioningFiles : samlFiles).push(file);
  const generatedAt = new Date().toISOString();
  const prov = provisioningFiles.length > 0 ? await analyseProvisioningPaths(provisioningFiles, args.now) : null;
  if (prov && samlFiles.length === 0) {
    if (args.json) process.stdout.write(`${JSON.stringify(provisioningJson(prov.analysis, provisioningFiles, generatedAt), null, 2)}\n`);
    else if (args.markdown) process.stdout.write(provisioningMarkdown(prov.analysis, generatedAt));
    else process.stdout.write(`${provisioningText(prov.analysis, provisioningFiles)}\n`);
    return prov.exitCode;
  }
  const items: CapturedItem[] = [];
  const sources: EntrySource[] = [];
  const notes: string[] = [];
  const header: string[] = [];
  for (const file of samlFiles) {
    const read = await readInputFile(file);
    // Items from several files form one trace, so a request in one file pairs with the response in another.
    for (const item of read.items) {
      items.push(item);
      sources.push({ file });
    }
    notes.push(...read.notes.map((n) => `${file}: ${n}`));
    header.push(`${file}: ${formatName(read.format)}, ${read.items.length} message(s)`);
  }
  const trace = await analyseTrace(items, ctx);
  if (args.json) {
    const doc = toJson(trace, sources, notes) as Record<string, unknown>;
    const both = prov ? { ...doc, provisioning: provisioningJson(prov.analysis, provisioningFiles, generatedAt) } : doc;
    process.stdout.write(`${JSON.stringify(both, null, 2)}\n`);
  } else if (args.markdown) {
    process.stdout.write(renderTraceReport(trace, { generatedAt }));
    if (prov) process.stdout.write(`\n${provisioningMarkdown(prov.analysis, generatedAt)}`);
  } else {
    process.stdout.write(`${toText(trace, sources, header, notes)}\n`);
    if (prov) process.stdout.write(`\n${provisioningText(prov.analysis, provisioningFiles)}\n`);
  }
  // A verdict only an imported file vouches for is never a clean result.
  const errors = trace.entries.some((e) => e.findings.some((f) => f.severity === 'error'));
  const saml = errors || trace.entries.some((e) => restsOnClaim(e.findings)) ? 1 : 0;
  return Math.max(saml, prov?.exitCode ?? 0);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`doctor: ${err.message} (see --help)\n`);
    } else if (err instanceof UnreadableError) {
      process.stderr.write(`doctor: ${err.message}\n`);
    } else {
      process.stderr.write(`doctor: unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exitCode = 2;
  },
);
