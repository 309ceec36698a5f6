import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { certificatesFromInput, storableCertText } from '@/utils/saml/cert';
import { parseSaml } from '@/utils/saml/model';
import type { AnalysisContextInput, KnownCert } from '@/utils/saml/types';
import type { DoctorArgs } from './args';

/** A file named on the command line could not be used: exit code 2. */
export class UnreadableError extends Error {}

export async function readText(path: string, maxBytes = 64 * 1024 * 1024): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UnreadableError(`cannot read ${path}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  if (buf.length > maxBytes) throw new UnreadableError(`${path} is too large for this kind of file (${buf.length} bytes)`);
  return buf.toString('utf8');
}

async function certsFrom(path: string, role: KnownCert['role'], labelPrefix: string): Promise<KnownCert[]> {
  const text = await readText(path);
  try {
    const infos = await certificatesFromInput(text);
    return infos.map((c, i) => ({ label: infos.length > 1 ? `${labelPrefix} #${i + 1}` : labelPrefix, role, cert: storableCertText(c) }));
  } catch (err) {
    throw new UnreadableError(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The expected setup values from the command line, certificates read and checked. */
export async function contextFromArgs(args: DoctorArgs): Promise<AnalysisContextInput> {
  const certificates: KnownCert[] = [];
  for (const file of args.certFiles) certificates.push(...(await certsFrom(file, 'configured', basename(file))));
  let issuer = args.issuer;
  if (args.metadataFile) {
    certificates.push(...(await certsFrom(args.metadataFile, 'entra-active', `metadata ${basename(args.metadataFile)}`)));
    const { model } = parseSaml(await readText(args.metadataFile));
    if (!issuer && model?.kind === 'EntityDescriptor' && model.entityId) issuer = model.entityId;
  }
  const ctx: AnalysisContextInput = { certificates };
  if (args.entityId !== undefined) ctx.entityId = args.entityId;
  if (args.acsUrl !== undefined) ctx.acsUrl = args.acsUrl;
  if (issuer !== undefined) ctx.issuer = issuer;
  if (args.now !== undefined) ctx.now = args.now;
  if (args.skewSeconds !== undefined) ctx.skewSeconds = args.skewSeconds;
  return ctx;
}
