/**
 * Hostile XML bench (`npm run bench -- hostile`, or `npx tsx bench/xml-prescan.ts`):
 * one element with 100,000 attributes through the doctor's safe parser, which
 * refuses it before parsing, against xmldom itself on smaller counts in the
 * same run, whose growth shows why the count has to be refused unparsed.
 */
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { parseXmlSafely } from '@/utils/saml/xml/parse-safe';

function element(attributes: number): string {
  const attrs = Array.from({ length: attributes }, (_, i) => `a${i}="v"`).join(' ');
  return `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ${attrs}/>`;
}

function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export async function benchHostileXml(): Promise<{ lines: string[] }> {
  const hostile = element(100_000);
  let refused = '';
  const ours = timed(() => {
    refused = parseXmlSafely(hostile).findings[0]?.id ?? '(accepted)';
  });
  const reference = [2_000, 4_000, 8_000].map((n) => {
    const xml = element(n);
    return { n, ms: timed(() => new DOMParser().parseFromString(xml, 'text/xml')) };
  });
  const last = reference[reference.length - 1]!;
  // Quadratic: time grows with the square of the count.
  const extrapolated = (last.ms * (100_000 / last.n) ** 2) / 1000;
  return {
    lines: [
      `one element with 100,000 attributes (${(hostile.length / 1024).toFixed(0)} KB): ${refused} in ${ours.toFixed(1)} ms, before xmldom sees it (target: milliseconds) ${ours < 100 ? 'OK' : 'MISSED'}`,
      `reference, xmldom parsing one element with ${reference.map((r) => `${r.n}: ${r.ms.toFixed(0)} ms`).join(', ')} attributes → about ${extrapolated.toFixed(0)} s for 100,000 at that growth`,
    ],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchHostileXml().then(
    ({ lines }) => console.log(lines.join('\n')),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
