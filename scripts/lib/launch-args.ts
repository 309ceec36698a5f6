/** Chromium flags that load the built extension and send the portals' real host names to the world. */
export function extensionLaunchArgs(extensionDir: string, hostResolverRules: string, extra: string[] = []): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostResolverRules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    ...extra,
  ];
}
