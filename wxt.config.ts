import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS, OPTIONAL_HOST_PERMISSIONS } from './utils/hosts';

// The extension id depends on the folder it is loaded from unless the manifest
// carries a key. Pinning it keeps deep links and tests stable; the matching
// private key is not needed for anything and was discarded. Store packages
// (`npm run zip`) leave it out, since the stores assign their own id.
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu8yvAJNK69YX/3i6bY1UKhecZZnoRNC5m+SWEnx87Td16icJpJ7TGRQrEQxgvGjEapUxk7t85e7LdUUiPEVeoi82cjOL8VT/TqwU0FWqyI8Sq+aLdWxC9RtGiyNi344B0RGCWx2luW3G8+dyoEBBIYpl1noNiPgOTPfDOwXFYn5C1lgx4NzCLbm7k3K7XHNun6GG4AIxjj/PAQKKNGiTzRb3mfQb5w77bu6shzIt5Pa5H3GLq8actZYWjGrtAmBN1SMHVsQZ1PWBR11GpStmswN42AzD20tE0E9dEvyyrGIJEGyZljplhvIDxLwiBt6bt/pB18Sa0JeiXeNdNwNlHwIDAQAB';

export default defineConfig({
  // Parallel local runs (several people or agents in one tree) may build side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Entra SSO Assistant',
    short_name: 'Entra SSO',
    description: 'Connect JustCall to Microsoft Entra ID with SAML single sign-on, and find out why a login failed.',
    ...(browser === 'chrome' && process.env.NO_MANIFEST_KEY !== '1' ? { key: MANIFEST_KEY } : {}),
    // alarms: the daily certificate watch. notifications only when the admin allows them from the side panel.
    permissions: ['storage', 'sidePanel', 'webRequest', 'scripting', 'alarms'],
    optional_permissions: ['notifications'],
    host_permissions: [...HOST_PERMISSIONS],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    action: {
      default_title: 'Entra SSO Assistant',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    // Spanning, not split: the wizard's test sign-in must see what its Incognito window captured; those captures
    // stay in memory, apart from the normal windows' (docs/PRIVACY.md, "Incognito and InPrivate windows").
    incognito: 'spanning',
  }),
});
