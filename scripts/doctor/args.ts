import { TENANT_ID, entraIssuerFor } from '@/utils/saml/entra-issuer';

/** Command-line arguments of `npm run doctor`; a UsageError ends the run with exit code 2. */
export class UsageError extends Error {}

export interface DoctorArgs {
  certFiles: string[];
  metadataFile?: string;
  entityId?: string;
  acsUrl?: string;
  issuer?: string;
  now?: string;
  skewSeconds?: number;
  json: boolean;
  markdown: boolean;
  help: boolean;
  files: string[];
}

export const USAGE = `usage: npm run --silent doctor -- [options] FILE...

Diagnoses SAML sign-ins between JustCall and Microsoft Entra ID.
FILE is a HAR, a SAML-tracer export, an Entra SSO Assistant trace export,
SAML XML, base64 (a SAMLResponse/SAMLRequest), a URL or query string, or a
saved Entra error page.

options:
  --cert FILE        trusted signing certificate (PEM, base64 DER or metadata); repeatable
  --metadata FILE    Entra federation metadata: its signing certificates and Identifier
  --entity-id ID     JustCall's Entity ID (expected Audience, Entra Identifier)
  --acs-url URL      JustCall's ACS URL (expected Reply URL, Destination, Recipient)
  --issuer ID        expected IdP issuer, e.g. https://sts.windows.net/{tenant}/
  --tenant ID        same as --issuer https://sts.windows.net/ID/
  --now ISO-TIME     judge time windows at this time (default: capture time, else now)
  --skew SECONDS     allowed clock skew (default 180)
  --json             print one JSON document instead of text
  --markdown         print a Markdown report (redacted) instead of text
  -h, --help         this help

exit status: 0 no errors found, 1 errors found, 2 usage error or unreadable file`;

const WITH_VALUE = new Set(['--cert', '--metadata', '--entity-id', '--acs-url', '--issuer', '--tenant', '--now', '--skew']);

export function parseArgs(argv: readonly string[]): DoctorArgs {
  const args: DoctorArgs = { certFiles: [], json: false, markdown: false, help: false, files: [] };
  let tenant: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    let value: string | undefined;
    if (WITH_VALUE.has(flag)) {
      value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    }
    switch (flag) {
      case '--cert':
        args.certFiles.push(value ?? '');
        break;
      case '--metadata':
        if (args.metadataFile) throw new UsageError('--metadata may be given once');
        args.metadataFile = value;
        break;
      case '--entity-id':
        args.entityId = value;
        break;
      case '--acs-url':
        args.acsUrl = value;
        break;
      case '--issuer':
        args.issuer = value;
        break;
      case '--tenant':
        tenant = value;
        break;
      case '--now':
        if (Number.isNaN(Date.parse(value ?? '')))
          throw new UsageError(`--now: "${value}" is not an ISO time such as 2025-03-01T10:00:00Z`);
        args.now = new Date(Date.parse(value ?? '')).toISOString();
        break;
      case '--skew': {
        const n = Number(value);
        if (!Number.isFinite(n) || n < 0) throw new UsageError(`--skew: "${value}" is not a number of seconds`);
        args.skewSeconds = n;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--markdown':
        args.markdown = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--':
        args.files.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (raw.startsWith('-') && raw !== '-') throw new UsageError(`unknown option ${raw}`);
        args.files.push(raw);
    }
  }
  if (tenant !== undefined) {
    if (args.issuer !== undefined) throw new UsageError('give --issuer or --tenant, not both');
    if (!TENANT_ID.test(tenant) && !/^[a-z0-9.-]+$/i.test(tenant)) {
      throw new UsageError(`--tenant: "${tenant}" is not a tenant ID`);
    }
    args.issuer = entraIssuerFor(tenant);
  }
  if (args.json && args.markdown) throw new UsageError('give --json or --markdown, not both');
  if (!args.help && args.files.length === 0) throw new UsageError('no FILE given');
  return args;
}
