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

Diagnoses SAML sign-ins and SCIM provisioning between JustCall and Microsoft Entra ID.
FILE is a HAR, a SAML-tracer export, an Entra SSO Assistant trace export,
SAML XML, base64 (a SAMLResponse/SAMLRequest), a URL or query string, or a
saved Entra error page; or a provisioning export: the Provisioning logs
download (JSON, or the CSV files of one download together), Graph
/auditLogs/provisioning, a Provision on demand result, a synchronizationJob
or its status, or AADProvisioningLogs rows. The kind is detected from the
content. Provisioning --json and --markdown output is redacted.

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

exit status: 0 no errors found, 1 errors found (or a verdict only an imported
trace file claims, which is never taken as checked), 2 usage error or unreadable file`;

/** Where parsing is: the arguments so far, and --tenant until it can become the issuer. */
interface Parsing {
  args: DoctorArgs;
  tenant?: string;
}

function isoTime(value: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`--now: "${value}" is not an ISO time such as 2025-03-01T10:00:00Z`);
  return new Date(t).toISOString();
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--skew: "${value}" is not a number of seconds`);
  return n;
}

/** Options that take a value, as --name VALUE or --name=VALUE. */
const VALUE_OPTIONS = new Map<string, (p: Parsing, value: string) => void>([
  ['--cert', (p, v) => p.args.certFiles.push(v)],
  [
    '--metadata',
    (p, v) => {
      if (p.args.metadataFile) throw new UsageError('--metadata may be given once');
      p.args.metadataFile = v;
    },
  ],
  ['--entity-id', (p, v) => (p.args.entityId = v)],
  ['--acs-url', (p, v) => (p.args.acsUrl = v)],
  ['--issuer', (p, v) => (p.args.issuer = v)],
  ['--tenant', (p, v) => (p.tenant = v)],
  ['--now', (p, v) => (p.args.now = isoTime(v))],
  ['--skew', (p, v) => (p.args.skewSeconds = seconds(v))],
]);

/** Options without a value. */
const FLAG_OPTIONS = new Map<string, (args: DoctorArgs) => void>([
  ['--json', (a) => (a.json = true)],
  ['--markdown', (a) => (a.markdown = true)],
  ['-h', (a) => (a.help = true)],
  ['--help', (a) => (a.help = true)],
]);

/** --tenant becomes the issuer; options that exclude each other; at least one FILE. */
function finish({ args, tenant }: Parsing): DoctorArgs {
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

export function parseArgs(argv: readonly string[]): DoctorArgs {
  const parsing: Parsing = { args: { certFiles: [], json: false, markdown: false, help: false, files: [] } };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const withValue = VALUE_OPTIONS.get(flag);
    const withoutValue = FLAG_OPTIONS.get(flag);
    if (withValue) {
      const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
      withValue(parsing, value);
    } else if (withoutValue) {
      withoutValue(parsing.args);
    } else if (flag === '--') {
      parsing.args.files.push(...argv.slice(i + 1));
      break;
    } else if (raw.startsWith('-') && raw !== '-') {
      throw new UsageError(`unknown option ${raw}`);
    } else {
      parsing.args.files.push(raw);
    }
  }
  return finish(parsing);
}
