/**
 * Benchmark: our parse + verify against xml-crypto's checkSignature on the real
 * Entra response, and decode+parse+verify throughput over the real samples.
 * Run alone: npx tsx bench/saml-verify.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { decodeAny } from '@/utils/saml/decode';
import { parseSaml, parseMetadataCertificates } from '@/utils/saml/model';
import { verifyMessage } from '@/utils/saml/verify';
import type { DecodedMessage, KnownCert } from '@/utils/saml/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLES = path.resolve(here, '..', '..', 'shared', 'samples');
const TARGET_RATIO = 0.3;
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function timeMany(iterations: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

function manifestCert(file: string): string {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8');
  return file.endsWith('.xml') ? (parseMetadataCertificates(text).certificates[0] ?? '') : text;
}

export async function benchVerify(): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  const xml = readFileSync(path.join(SAMPLES, 'entra/tercen_entra_response_2022_app_cert.xml'), 'utf8');
  const pem = readFileSync(path.join(SAMPLES, 'entra/tercen_entra_app_signing_cert_2022.pem'), 'utf8');
  const certs: KnownCert[] = [{ label: 'Entra app cert', role: 'entra-active', cert: pem }];
  const decoded: DecodedMessage = { binding: 'raw', param: null, xml, encoded: xml };

  const ours = async () => {
    const parsed = parseSaml(xml);
    const { report } = await verifyMessage(decoded, parsed, certs);
    if (report.verdict !== 'valid') throw new Error(`our verify said ${report.verdict}`);
  };
  const theirs = () => {
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const sigNode = doc.getElementsByTagNameNS(DSIG_NS, 'Signature')[0];
    if (!sigNode) throw new Error('no signature');
    const sig = new SignedXml({ publicCert: pem });
    sig.loadSignature(sigNode as unknown as Node);
    if (!sig.checkSignature(xml)) throw new Error('xml-crypto said invalid');
  };

  const warm = 200;
  const iterations = 1500;
  await timeMany(warm, ours);
  await timeMany(warm, theirs);
  // interleave rounds so machine noise hits both sides alike
  const oursTimes: number[] = [];
  const theirTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    oursTimes.push(...(await timeMany(iterations / 5, ours)));
    theirTimes.push(...(await timeMany(iterations / 5, theirs)));
  }
  const a = median(oursTimes);
  const b = median(theirTimes);
  const ratio = a / b;
  lines.push(`verify (parse included), Entra sample, ${iterations} iterations after ${warm} warm-up:`);
  lines.push(`  ours        median ${a.toFixed(3)} ms`);
  lines.push(`  xml-crypto  median ${b.toFixed(3)} ms`);
  lines.push(`  ratio ${ratio.toFixed(3)}x (target <= ${TARGET_RATIO}x): ${ratio <= TARGET_RATIO ? 'MET' : 'NOT MET'}`);

  const manifest = JSON.parse(readFileSync(path.join(SAMPLES, 'manifest.json'), 'utf8')) as {
    samples: Array<{ file: string; cert?: string }>;
  };
  const inputs = manifest.samples.map((s) => ({
    text: readFileSync(path.join(SAMPLES, s.file), 'utf8'),
    certs: s.cert && s.cert !== 'embedded' ? [{ label: 'sample', role: 'configured' as const, cert: manifestCert(s.cert) }] : [],
  }));
  const runAll = async () => {
    for (const input of inputs) {
      const d = await decodeAny(input.text);
      if (!d.ok) continue;
      await verifyMessage(d.message, parseSaml(d.message.xml), input.certs);
    }
  };
  await timeMany(20, runAll);
  const t0 = performance.now();
  const passes = 100;
  await timeMany(passes, runAll);
  const seconds = (performance.now() - t0) / 1000;
  lines.push(
    `decode+parse+verify throughput over ${inputs.length} real samples: ${Math.round((passes * inputs.length) / seconds)} messages/s`,
  );
  return { lines };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchVerify().then(
    ({ lines }) => console.log(lines.join('\n')),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
