import { defineConfig } from '@playwright/test';

// One worker: the machine has two cores, and each worker runs its own Chromium plus the world.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Side-by-side runs with their own build (WXT_OUT_DIR) also keep their own artifacts.
  outputDir: process.env.WXT_OUT_DIR ? `${process.env.WXT_OUT_DIR}/test-results` : 'test-results',
  use: { trace: 'retain-on-failure' },
});
