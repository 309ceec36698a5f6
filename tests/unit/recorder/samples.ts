import { SAMPLES_DIR } from '@/scripts/lib/shared-dir';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SAMPLES = SAMPLES_DIR;

export function sample(rel: string): string {
  return readFileSync(path.join(SAMPLES, rel), 'utf8');
}

/** The real Entra response, base64 as an HTTP-POST form carries it. */
export function entraResponseB64(): string {
  return Buffer.from(sample('entra/tercen_entra_response_2022_app_cert.xml'), 'utf8').toString('base64');
}

/** A real signed HTTP-Redirect AuthnRequest query string. */
export function redirectQuery(): string {
  return sample('authnrequests/crewjam_redirect_signed_queryString.txt').trim();
}

export function failedResponseB64(): string {
  const xml = sample('entra/tercen_entra_response_2022_app_cert.xml').replace(
    /(<(?:\w+:)?StatusCode[^>]*Value=")[^"]+"/,
    '$1urn:oasis:names:tc:SAML:2.0:status:Requester"',
  );
  return Buffer.from(xml, 'utf8').toString('base64');
}
