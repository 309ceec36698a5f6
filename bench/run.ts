/**
 * `npm run bench`: speed and memory figures, each printed with its target and
 * a ratio against a reference measured in the same run. Nothing here fails a
 * build; the shared machine makes timings too noisy for tests.
 */
interface BenchModule {
  name: string;
  load: () => Promise<() => Promise<{ lines: string[] }>>;
}

const BENCHES: BenchModule[] = [
  { name: 'SAML verification (core)', load: async () => (await import('./saml-verify')).benchVerify },
  { name: 'Hostile XML (core)', load: async () => (await import('./xml-prescan')).benchHostileXml },
  { name: 'HAR analysis (core)', load: async () => (await import('./har')).benchHar },
  { name: 'Setup assistant', load: async () => (await import('./setup')).benchSetup },
  { name: 'Setup assistant: long lists', load: async () => (await import('./long-list')).benchLongList },
  { name: 'Login doctor', load: async () => (await import('./doctor')).benchDoctor },
  { name: 'Login doctor: 1 GB HAR import', load: async () => (await import('./doctor-import')).benchDoctorImport },
  { name: 'Provisioning doctor', load: async () => (await import('./provisioning')).benchProvisioning },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  let failed = 0;
  for (const bench of BENCHES) {
    if (only.length > 0 && !only.some((o) => bench.name.toLowerCase().includes(o.toLowerCase()))) continue;
    console.log(`\n== ${bench.name} ==`);
    try {
      const run = await bench.load();
      const { lines } = await run();
      for (const line of lines) console.log(`  ${line}`);
    } catch (e) {
      failed++;
      console.log(`  could not run: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

void main();
