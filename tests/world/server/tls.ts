import type { CertPool } from './certs';
import { allWorldHostNames } from './http';

/**
 * The world's HTTPS certificate, made at start: self-signed, with a SAN for
 * every host the world serves (the browser runs with --ignore-certificate-errors,
 * node clients with rejectUnauthorized: false).
 */
export function makeTlsCredentials(pool: CertPool): Promise<{ cert: string; key: string }> {
  return pool.issueTlsCert(allWorldHostNames()).then(({ certPem, keyPem }) => ({ cert: certPem, key: keyPem }));
}
