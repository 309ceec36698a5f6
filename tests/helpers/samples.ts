/** The real SAML samples in ../shared/samples and their manifest (what a correct analyser concludes). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseMetadataCertificates } from '@/utils/saml/model';
import { SAMPLES_DIR } from '@/scripts/lib/shared-dir';

export { SAMPLES_DIR };

export const ManifestSample = z.object({
  file: z.string(),
  kind: z.string(),
  encoding: z.string(),
  issuer: z.string().optional(),
  signed: z.string().optional(),
  cert: z.string().optional(),
  signature: z.enum(['valid', 'invalid', 'wrapped', 'unsigned', 'unverified']).optional(),
  binding: z.string().optional(),
  note: z.string().optional(),
});
export type ManifestSample = z.infer<typeof ManifestSample>;

export function loadManifest(): ManifestSample[] {
  const file = path.join(SAMPLES_DIR, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `The SAML samples manifest is missing: expected ${file} (the shared samples live next to the repo in ../shared/samples).`,
    );
  }
  return z.object({ samples: z.array(ManifestSample) }).parse(JSON.parse(readFileSync(file, 'utf8'))).samples;
}

export function readSample(relative: string): string {
  return readFileSync(path.join(SAMPLES_DIR, relative), 'utf8');
}

/** The manifest's 'cert' as text our KnownCert accepts (PEM, or base64 DER; metadata yields its first signing cert). */
export function sampleCert(relative: string): string[] {
  const text = readSample(relative);
  if (relative.endsWith('.xml')) return parseMetadataCertificates(text).certificates;
  return [text];
}
